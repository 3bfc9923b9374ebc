import SQLite

/// Whether the finish must run `PRAGMA quick_check` on the staging file (§6 import).
///
/// The staging file runs with a rollback journal and `synchronous=OFF`. A killed process cannot spoil
/// it: every committed write is in the operating system's page cache, and SQLite writes a page's old
/// content to the journal before it overwrites the page (whatever `synchronous` says; that setting only
/// decides whether it waits for `fsync`), so the next open rolls the unfinished batch back from the hot
/// journal. Only a crash of the operating system (power loss, panic, reboot) can lose unsynced pages and
/// leave a torn b-tree. So the file records the boot it was created in; a resume from another boot (or
/// from a staging file of an older build, or when the boot cannot be read) marks it for verification,
/// and the mark stays until the finish, which then runs `quick_check` as before. An import that ran in
/// one boot skips it (18.5 s at full size).
///
/// This check is not what keeps the live data whole: the live database is never written before the
/// final `rename(2)`, which atomically swaps in the finished, flushed staging file, so an interrupted
/// import leaves either the old data or the new, never a mix.
extension ImportStaging {
    static let sessionTable = """
        CREATE TABLE IF NOT EXISTS import_session (singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                                                   boot_id TEXT NOT NULL, verify INTEGER NOT NULL);
        """

    /// A fresh staging file: written in this boot only, so far.
    func recordSession(bootID: String?) throws {
        try connection.execute(script: Self.sessionTable)
        try connection.execute("INSERT OR REPLACE INTO import_session (singleton, boot_id, verify) VALUES (1, ?, ?)",
                               [bootID ?? "", bootID == nil])
    }

    /// A resumed staging file: marks it for verification unless it was written in this same boot.
    func resumeSession(bootID: String?) throws {
        try connection.transaction { connection in
            try connection.execute(script: Self.sessionTable)
            let row = try connection.queryOne("SELECT boot_id, verify FROM import_session WHERE singleton = 1")
            let stored: String? = try row?[0]
            let marked: Bool = try row?[1] ?? true
            let verify = marked || bootID == nil || stored != bootID
            try connection.execute(
                "INSERT OR REPLACE INTO import_session (singleton, boot_id, verify) VALUES (1, ?, ?)",
                [bootID ?? "", verify])
        }
    }

    /// True when the file may have been spoilt by an operating-system crash (see above).
    func needsVerification() throws -> Bool {
        let recorded = try connection.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'import_session'", as: Int.self)
        guard recorded == 1 else { return true }
        return try connection.scalar("SELECT coalesce((SELECT verify FROM import_session WHERE singleton = 1), 1)",
                              as: Bool.self) ?? true
    }
}
