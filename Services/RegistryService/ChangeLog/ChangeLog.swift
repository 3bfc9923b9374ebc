import Foundation
import JSON
import ServiceKit
import SQLite

/// The change log of §5.6: the single source of the public feeds, `/internal/feed` and replicas.
/// Ids are 1, 2, 3… without gaps in the current epoch: rows are never deleted within an epoch, so the
/// `INTEGER PRIMARY KEY` (max + 1) hands out the next id inside the writer's transaction.
enum ChangeLog {
    /// Appends one item inside the caller's write transaction and returns its id.
    static func append(_ connection: Connection, kind: ChangeKind, organisasjonsnummer: String,
                       endringstype: Endringstype, affectedHolders: [String], state: [UInt8],
                       at date: Date = Date()) throws -> Int64 {
        var holders = JSONWriter(capacity: 16 * (affectedHolders.count + 1))
        holders.beginArray()
        for holder in affectedHolders { holders.string(holder) }
        holders.endArray()
        try connection.execute(
            "INSERT INTO changes (at, kind, orgnr, endringstype, affected_holders, state) VALUES (?, ?, ?, ?, ?, ?)",
            [Timestamp.rfc3339(date), kind.rawValue, organisasjonsnummer, endringstype.rawValue,
             String(decoding: holders.bytes, as: UTF8.self), String(decoding: state, as: UTF8.self)])
        return connection.lastInsertRowID
    }

    /// The id of the last change of the current epoch, 0 when there is none.
    static func position(_ connection: Connection) throws -> Int64 {
        try connection.scalar("SELECT max(id) FROM changes", as: Int64.self) ?? 0
    }

    /// The current epoch's UUID.
    static func epoch(_ connection: Connection) throws -> String {
        try connection.scalar("SELECT epoch FROM registry_epoch WHERE singleton = 1", as: String.self) ?? ""
    }

    /// Items with `id > after`, ascending, at most `limit`.
    static func items(_ connection: Connection, after: Int64, limit: Int) throws -> [ChangeRecord] {
        var records: [ChangeRecord] = []
        try connection.forEachRow("""
            SELECT id, at, kind, orgnr, endringstype, affected_holders, state FROM changes
            WHERE id > ? ORDER BY id LIMIT ?
            """, [after, limit]) { row in
            records.append(ChangeRecord(id: try row[0], at: try row[1], kind: try row[2],
                                        organisasjonsnummer: try row[3], endringstype: try row[4],
                                        affectedHolders: try row[5], state: try row[6]))
        }
        return records
    }
}
