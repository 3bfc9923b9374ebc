import CSQLite
import Foundation

extension Database {
    /// Creates the parent directories of `path`, opens the database, and applies `migrator`
    /// (`willApplyMigration` as in `Migrator.migrate`).
    /// Throws `MigrationError.databaseNewerThanBuild` when the file is newer than the build.
    public static func open(path: String, configuration: Configuration = Configuration(),
                            migrator: Migrator? = nil,
                            willApplyMigration: (Migration, _ fromVersion: Int) -> Void = { _, _ in }) throws -> Database {
        try createParentDirectory(of: path)
        let database = try Database(path: path, configuration: configuration)
        do {
            if let migrator { try database.migrate(migrator, willApply: willApplyMigration) }
        } catch {
            database.close()
            throw error
        }
        return database
    }

    /// Applies the migrations newer than the file's `user_version`; returns their versions.
    @discardableResult
    public func migrate(_ migrator: Migrator,
                        willApply: (Migration, _ fromVersion: Int) -> Void = { _, _ in }) throws -> [Int] {
        try writeWithoutTransaction { try migrator.migrate($0, willApply: willApply) }
    }

    /// The lines of `PRAGMA integrity_check`: `["ok"]` when the file is healthy.
    public func integrityCheck() throws -> [String] {
        try read { connection in
            try connection.query("PRAGMA integrity_check").map { try $0[0] as String }
        }
    }

    private static func createParentDirectory(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SQLiteError.cantOpen(.init(code: SQLITE_CANTOPEN, extendedCode: SQLITE_CANTOPEN,
                                             message: "cannot create directory \(directory.path)",
                                             sql: nil))
        }
    }
}
