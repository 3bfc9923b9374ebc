import Foundation
import JSON
import ServiceKit
import SQLite

extension ImportStaging {
    /// The end of §6: builds the deferred indexes, runs `PRAGMA quick_check` when the file may have been
    /// spoilt by an operating-system crash (`needsVerification`), writes a new epoch, carries
    /// the live database's audit rows over and appends `import.completed`, then renames the staging file
    /// over `livePath`. Returns the new epoch.
    func finish(livePath: String, details: [(String, JSONValue)]) throws -> String {
        let started = Date()
        // One sorter helper thread: the reading thread is done by now, so the second core sorts while this
        // one scans. Full size: index builds 49 → 37 s (about +6 s CPU); the import's peak RSS 202 → 268 MB.
        _ = try connection.scalar("PRAGMA threads = 1", as: Int.self)
        try connection.transaction { connection in
            for row in try connection.query("SELECT sql FROM import_deferred_indexes ORDER BY rowid") {
                try connection.execute(script: try row[0] as String)
            }
            // Built: a resumed finish (after a later step failed) must not build them twice.
            try connection.execute("DELETE FROM import_deferred_indexes")
        }
        _ = try connection.scalar("PRAGMA threads = 0", as: Int.self)
        ImportReporter.log("info", "indexes built", [("seconds", .double(Date().timeIntervalSince(started)))])
        if try needsVerification() {
            let check = try connection.query("PRAGMA quick_check").map { try $0[0] as String }
            guard check == ["ok"] else { throw ImportError.fatal("quick_check failed: \(check.prefix(5).joined(separator: "; "))") }
            ImportReporter.log("info", "quick_check ok", [("seconds", .double(Date().timeIntervalSince(started)))])
        } else {
            // Written in this boot only: see `ImportStaging+Integrity`.
            ImportReporter.log("info", "quick_check skipped", [("seconds", .double(Date().timeIntervalSince(started)))])
        }
        let epoch = UUID().uuidString.lowercased()
        try connection.transaction { connection in
            try connection.execute("UPDATE registry_epoch SET epoch = ? WHERE singleton = 1", [epoch])
            try connection.execute("DELETE FROM changes")
            try carryAuditRows(from: livePath)
            try AuditLog.record(connection, actor: .operator(command: "import"), action: "import.completed",
                                target: livePath, details: [("epoch", .string(epoch))] + details)
            try connection.execute(script: """
                DROP TABLE import_inputs; DROP TABLE import_checkpoint; DROP TABLE import_deferred_indexes;
                DROP TABLE IF EXISTS import_session;
                """)
        }
        _ = try connection.scalar("PRAGMA journal_mode = DELETE", as: String.self)
        connection.close()
        try Self.replace(livePath, with: path)
        return epoch
    }

    /// Failure bookkeeping: `import.failed` in the staging file only (§6).
    func recordFailure(_ reason: String) {
        if connection.isInTransaction { try? connection.execute("ROLLBACK") }
        _ = try? connection.transaction { connection in
            try AuditLog.record(connection, actor: .operator(command: "import"), action: "import.failed",
                                target: path, outcome: .failed, details: [("reason", .string(reason))])
        }
    }

    /// The live rows first, with their ids; then this staging file's own (`import.failed` of earlier runs).
    private func carryAuditRows(from livePath: String) throws {
        let columns = "at, actor, action, target, outcome, details"
        let own = try connection.query("SELECT \(columns) FROM audit_log ORDER BY id")
        try connection.execute("DELETE FROM audit_log")
        if FileManager.default.fileExists(atPath: livePath) {
            let live = try Connection(path: livePath, mode: .readWrite)
            defer { live.close() }
            let hasAudit = try live.scalar(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'", as: Int.self) == 1
            if hasAudit {
                try live.forEachRow("SELECT id, \(columns) FROM audit_log ORDER BY id") { row in
                    try connection.execute("INSERT INTO audit_log (id, \(columns)) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                           row.values.map { $0 })
                }
            }
        }
        for row in own {
            try connection.execute("INSERT INTO audit_log (\(columns)) VALUES (?, ?, ?, ?, ?, ?)",
                                   row.values.map { $0 })
        }
    }

    /// Flushes the staging file, removes the target's stale `-wal`/`-shm` (they belong to the old file
    /// and would be replayed into the new one), and renames atomically.
    private static func replace(_ livePath: String, with stagingPath: String) throws {
        let descriptor = Glibc.open(stagingPath, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: livePath + suffix) }
        guard rename(stagingPath, livePath) == 0 else {
            throw ImportError.fatal("cannot rename \(stagingPath) to \(livePath): \(String(cString: strerror(errno)))")
        }
    }
}
