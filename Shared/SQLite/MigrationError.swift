public enum MigrationError: Error, Sendable, CustomStringConvertible {
    /// The file's `user_version` is above every migration this build knows: it was written by
    /// a newer build. Services refuse to start (exit 1) rather than guess.
    case databaseNewerThanBuild(found: Int, known: Int)
    /// Versions must be positive and strictly increasing; this one is not.
    case invalidVersion(Int)
    /// A migration failed; its transaction was rolled back and later ones were not tried.
    case failed(version: Int, name: String, underlying: any Error)

    public var description: String {
        switch self {
        case .databaseNewerThanBuild(let found, let known):
            "database schema version \(found) is newer than this build's latest migration \(known)"
        case .invalidVersion(let version):
            "migration version \(version) is not positive and above the previous one"
        case .failed(let version, let name, let underlying):
            "migration \(version) (\(name)) failed: \(underlying)"
        }
    }
}
