import CSQLite

extension Connection {
    /// Sets the pragmas every connection of a `Database` runs with. Debian's SQLite defaults to
    /// `synchronous=FULL` even in WAL mode, which is far slower for small commits, so every
    /// setting is explicit. WAL mode is a property of the file: `enableWAL` is for the writer.
    func applySettings(busyTimeout: Duration, enableWAL: Bool) throws {
        let database = try liveHandle()
        sqlite3_busy_timeout(database, Self.milliseconds(busyTimeout))
        if enableWAL {
            let mode = try scalar("PRAGMA journal_mode = WAL", as: String.self)
            guard mode?.lowercased() == "wal" else {
                throw SQLiteError.other(.init(code: SQLITE_ERROR, extendedCode: SQLITE_ERROR,
                                              message: "could not enable WAL mode (got \(mode ?? "nothing"))",
                                              sql: "PRAGMA journal_mode = WAL"))
            }
        }
        try execute("PRAGMA synchronous = NORMAL")
        try execute("PRAGMA foreign_keys = ON")
    }

    /// The file's journal mode, lowercased (`wal`, `delete`...).
    public var journalMode: String {
        get throws { try scalar("PRAGMA journal_mode", as: String.self)?.lowercased() ?? "" }
    }

    /// The schema version that migrations record in the file header.
    public var userVersion: Int {
        get throws { try scalar("PRAGMA user_version", as: Int.self) ?? 0 }
    }

    /// Sets `PRAGMA user_version`. PRAGMA takes no bound parameters, so the integer is written
    /// into the SQL; it is an `Int`, so nothing else can be injected.
    func setUserVersion(_ version: Int) throws {
        try execute(script: "PRAGMA user_version = \(version)")
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, milliseconds))
    }
}
