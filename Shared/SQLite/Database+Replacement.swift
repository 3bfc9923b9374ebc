import CSQLite
import Foundation

extension Database {
    /// Puts the complete database file at `source` in place of this database's file and reopens it:
    /// waits for the reads and writes in progress, closes every connection, renames `source` over
    /// `path`, removes the old file's `-wal` and `-shm` (they belong to the old file and must never be
    /// applied to the new one), then lets connections open again on the new file. Calls that arrive
    /// meanwhile wait instead of failing. When the rename fails the old file and its WAL stay as they
    /// were. A replica uses it to install a downloaded snapshot (`registry.md` §8).
    public func replaceFile(with source: String) throws {
        ThreadReadBatch.current?.release(self)
        defer { noteWrite() }
        try writer.suspend()
        defer { writer.resume() }
        try readers.suspend()
        defer { readers.resume() }
        guard rename(source, path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw SQLiteError.cantOpen(.init(code: SQLITE_CANTOPEN, extendedCode: SQLITE_CANTOPEN,
                                             message: "cannot rename \(source) to \(path): \(reason)", sql: nil))
        }
        unlink(path + "-wal")
        unlink(path + "-shm")
    }
}
