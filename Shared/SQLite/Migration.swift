/// One step of a schema's history, recorded in `PRAGMA user_version` once applied.
public struct Migration: Sendable {
    public enum Body: Sendable {
        /// A script of one or more statements, without BEGIN or COMMIT.
        case sql(String)
        /// Code run on the writer inside the migration's transaction.
        case code(@Sendable (Connection) throws -> Void)
    }

    /// Positive, and strictly increasing along a `Migrator`'s list.
    public let version: Int
    public let name: String
    public let body: Body

    public init(version: Int, name: String, sql: String) {
        self.init(version: version, name: name, body: .sql(sql))
    }

    public init(version: Int, name: String, apply: @escaping @Sendable (Connection) throws -> Void) {
        self.init(version: version, name: name, body: .code(apply))
    }

    public init(version: Int, name: String, body: Body) {
        self.version = version
        self.name = name
        self.body = body
    }

    func apply(to connection: Connection) throws {
        switch body {
        case .sql(let script): try connection.execute(script: script)
        case .code(let apply): try apply(connection)
        }
    }
}
