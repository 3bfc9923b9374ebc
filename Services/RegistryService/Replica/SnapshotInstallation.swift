import Foundation
import HTTPClient
import SQLite

/// §8 step 1: downloads the primary's `/internal/snapshot` to a temporary file beside `DATABASE_PATH`,
/// checks that it opens with this build's schema, then puts it in place of the live file
/// (`Database.replaceFile`, which closes and reopens the connections). A failed or partial download,
/// or a copy that does not check out, leaves the previous file in place.
struct SnapshotInstallation {
    let database: Database
    let client: HTTPClient
    let primaryURL: String

    /// Installs a fresh copy and returns the epoch and position it holds.
    func run() throws -> (epoch: String, position: Int64) {
        let directory = URL(fileURLWithPath: database.path).deletingLastPathComponent().path
        let temporary = "\(directory)/.replica-snapshot-\(UUID().uuidString).sqlite"
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        }
        try client.download(ClientRequest(url: primaryURL + "/internal/snapshot"), to: temporary)
        let copy = try Self.check(temporary)
        try database.replaceFile(with: temporary)
        return copy
    }

    /// Opens the copy with this build's migrations (a newer file fails), runs `PRAGMA quick_check`
    /// and reads the epoch and position it holds.
    static func check(_ path: String) throws -> (epoch: String, position: Int64) {
        let copy = try Database.open(path: path, migrator: Migrator(RegistryMigrations.all))
        defer { copy.close() }
        let expectedVersion = RegistryMigrations.all.map(\.version).max() ?? 0
        return try copy.read { connection in
            let messages = try connection.query("PRAGMA quick_check").map { try $0[0] as String }
            guard messages == ["ok"] else { throw SnapshotCheckError.damaged(messages.joined(separator: "; ")) }
            let version = try connection.scalar("PRAGMA user_version", as: Int.self) ?? 0
            guard version == expectedVersion else { throw SnapshotCheckError.schemaVersion(version) }
            let epoch = try ChangeLog.epoch(connection)
            guard !epoch.isEmpty else { throw SnapshotCheckError.noEpoch }
            return (epoch, try ChangeLog.position(connection))
        }
    }
}
