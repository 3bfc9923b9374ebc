import Foundation
import SQLite

/// The staging database `<db>.import` (§6): the schema of this build, the records written so far,
/// and the import's own bookkeeping (inputs, checkpoints, the indexes deferred until the load ends).
///
/// It runs with a rollback journal (`journal_mode=TRUNCATE`), `synchronous=OFF` and an exclusive lock:
/// the live database is never touched until the final rename, so an operating-system crash can at worst
/// spoil the staging file (a fresh import then starts over), while a killed process loses nothing
/// committed (the writes are in the page cache) and its unfinished batch is rolled back from the hot
/// journal when the file is next opened, so `--resume` continues from the last checkpoint. The bulk load
/// appends pages, so the journal stays small and each page is written once (WAL wrote it twice).
final class ImportStaging {
    let path: String
    let connection: Connection

    private static let bookkeeping = """
        CREATE TABLE import_inputs (kind TEXT PRIMARY KEY, path TEXT NOT NULL, size INTEGER NOT NULL,
                                    modified TEXT NOT NULL);
        CREATE TABLE import_checkpoint (kind TEXT PRIMARY KEY, records INTEGER NOT NULL, imported INTEGER NOT NULL,
                                        rejected INTEGER NOT NULL, warnings INTEGER NOT NULL, done INTEGER NOT NULL);
        CREATE TABLE import_deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL);
        """

    private init(path: String, connection: Connection) {
        self.path = path
        self.connection = connection
    }

    /// Opens the staging file for these inputs: continues it with `resume` when it was made from the
    /// same inputs (a different one is a usage error), else starts a fresh one.
    static func open(path: String, inputs: [ImportKind: InputIdentity], resume: Bool) throws(ImportError) -> ImportStaging {
        do {
            if resume, FileManager.default.fileExists(atPath: path) {
                let connection = try Connection(path: path, mode: .readWrite)
                let staging = ImportStaging(path: path, connection: connection)
                if try staging.hasBookkeeping() {
                    try staging.configure()
                    guard try staging.storedInputs() == inputs else {
                        throw ImportError.usage("--resume: \(path) was made from other inputs (path, size or modification time differ)")
                    }
                    try staging.resumeSession(bootID: ImportBootIdentity.current())
                    return staging
                }
                connection.close()
            }
            return try fresh(path: path, inputs: inputs)
        } catch let error as ImportError {
            throw error
        } catch {
            throw .fatal("staging database \(path): \(error)")
        }
    }

    private static func fresh(path: String, inputs: [ImportKind: InputIdentity]) throws -> ImportStaging {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let connection = try Connection(path: path, mode: .readWriteCreate)
        let staging = ImportStaging(path: path, connection: connection)
        try staging.configure()
        try Migrator(RegistryMigrations.all).migrate(connection)
        try connection.transaction { connection in
            try connection.execute(script: bookkeeping)
            for kind in ImportKind.allCases {
                let input = inputs[kind] ?? .absent()
                try connection.execute("INSERT INTO import_inputs (kind, path, size, modified) VALUES (?, ?, ?, ?)",
                                       [kind.rawValue, input.path, input.size, input.modified])
            }
            try staging.deferIndexes()
            try staging.recordSession(bootID: ImportBootIdentity.current())
        }
        connection.clearStatementCache()
        return staging
    }

    private func configure() throws {
        _ = try connection.scalar("PRAGMA journal_mode = TRUNCATE", as: String.self)
        try connection.execute("PRAGMA synchronous = OFF")
        try connection.execute("PRAGMA cache_size = -65536")
        _ = try connection.scalar("PRAGMA locking_mode = EXCLUSIVE", as: String.self)
    }

    private func hasBookkeeping() throws -> Bool {
        try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'import_checkpoint'", as: Int.self) == 1
    }

    private func storedInputs() throws -> [ImportKind: InputIdentity] {
        var inputs: [ImportKind: InputIdentity] = [:]
        try connection.forEachRow("SELECT kind, path, size, modified FROM import_inputs") { row in
            guard let kind = ImportKind(rawValue: try row[0]) else { return }
            let identity = InputIdentity(path: try row[1], size: try row[2], modified: try row[3])
            if identity != .absent() { inputs[kind] = identity }
        }
        return inputs
    }

    /// Drops the schema's secondary indexes for the load, keeping their SQL to build them at the end
    /// (the schema stays the one source of what they are).
    private func deferIndexes() throws {
        let indexes = try connection.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid")
        for row in indexes {
            let name: String = try row[0]
            try connection.execute("INSERT INTO import_deferred_indexes (name, sql) VALUES (?, ?)",
                                   [name, try row[1] as String])
            try connection.execute("DROP INDEX \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
        }
    }

    // MARK: checkpoints

    func checkpoint(_ kind: ImportKind) throws -> ImportCheckpoint {
        guard let row = try connection.queryOne(
            "SELECT records, imported, rejected, warnings, done FROM import_checkpoint WHERE kind = ?",
            [kind.rawValue]) else { return ImportCheckpoint() }
        return ImportCheckpoint(counts: ImportCounts(records: try row[0], imported: try row[1], rejected: try row[2],
                                                     warnings: try row[3]), done: try row[4])
    }

    /// Records the checkpoint inside the caller's batch transaction.
    func save(_ checkpoint: ImportCheckpoint, for kind: ImportKind) throws {
        let counts = checkpoint.counts
        try connection.execute("""
            INSERT OR REPLACE INTO import_checkpoint (kind, records, imported, rejected, warnings, done)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [kind.rawValue, counts.records, counts.imported, counts.rejected, counts.warnings, checkpoint.done])
    }

    /// The numbers of the units of one kind already in the staging file (for `--resume`).
    func unitNumbers(_ kind: OrganisationForm.UnitKind) throws -> NumberSet {
        var numbers = NumberSet()
        let offset = UnitRowid.of(number: 0, kind: kind)
        try connection.forEachRow("SELECT rowid FROM units WHERE kind = ?", [kind.rawValue]) { row in
            numbers.insert(number: try row[0] - offset)
        }
        return numbers
    }

    /// The enheter whose roles are already in the staging file (for `--resume`; a record with no
    /// roles leaves no trace, so a later repeat of it after a resume is not caught).
    func roleUnitNumbers() throws -> NumberSet {
        var numbers = NumberSet()
        try connection.forEachRow("SELECT DISTINCT unit FROM role_group_dates") { row in
            numbers.insert(try row[0] as String)
        }
        return numbers
    }
}
