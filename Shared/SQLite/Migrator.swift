/// Applies an ordered list of migrations, tracking progress in `PRAGMA user_version`.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(_ migrations: [Migration]) {
        self.migrations = migrations
    }

    /// The version of the newest migration, or 0 when there are none.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every migration above the file's version, each in its own IMMEDIATE transaction
    /// together with its `user_version` update, and returns the versions applied. `willApply` is told
    /// of each one first, with the file's version before this call (0: a new file), as a migration of a
    /// large file may take minutes: services log upgrades.
    /// Call it outside any transaction, on a writable connection.
    @discardableResult
    public func migrate(_ connection: Connection,
                        willApply: (Migration, _ fromVersion: Int) -> Void = { _, _ in }) throws -> [Int] {
        try validate()
        let found = try connection.userVersion
        guard found <= latestVersion else {
            throw MigrationError.databaseNewerThanBuild(found: found, known: latestVersion)
        }
        var applied: [Int] = []
        defer { if !applied.isEmpty { connection.clearStatementCache() } }
        for migration in migrations where migration.version > found {
            willApply(migration, found)
            if try apply(migration, to: connection) {
                applied.append(migration.version)
            }
        }
        return applied
    }

    /// Returns false when another process applied it first (seen once the write lock is held).
    private func apply(_ migration: Migration, to connection: Connection) throws -> Bool {
        do {
            return try connection.transaction(.immediate) { connection in
                guard try connection.userVersion < migration.version else { return false }
                try migration.apply(to: connection)
                try connection.setUserVersion(migration.version)
                return true
            }
        } catch {
            throw MigrationError.failed(version: migration.version, name: migration.name, underlying: error)
        }
    }

    private func validate() throws {
        var previous = 0
        for migration in migrations {
            guard migration.version > previous else { throw MigrationError.invalidVersion(migration.version) }
            previous = migration.version
        }
    }
}
