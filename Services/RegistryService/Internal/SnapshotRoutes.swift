import Foundation
import HTTPServer
import SQLite

/// `GET /internal/snapshot` (§5.5): a consistent copy of the database, made with `VACUUM INTO` on a
/// read-only connection (WAL readers do not block the writer) into a temporary file beside the
/// database, then streamed chunked in bounded memory and deleted.
enum SnapshotRoutes {
    static let chunkSize = 256 * 1024

    static func install(_ router: inout Router, _ registry: RegistryContext) {
        router.get("/internal/snapshot", middleware: registry.service.platformOnly) { _, _ in
            let file = try makeCopy(of: registry.database.path)
            let (epoch, position) = try readHeaders(file.path)
            guard let handle = FileHandle(forReadingAtPath: file.path) else { throw SnapshotError.unreadable }
            let headers: HTTPHeaders = ["Content-Type": "application/vnd.sqlite3", "X-Registry-Epoch": epoch,
                                        PositionHeader.name: String(position)]
            return HTTPResponse(status: 200, headers: headers) { writer in
                defer { try? handle.close() }
                _ = file  // keeps the file until the stream is done
                while let data = try handle.read(upToCount: chunkSize), !data.isEmpty {
                    try writer.write(Array(data))
                }
            }
        }
    }

    private static func makeCopy(of databasePath: String) throws -> TemporaryFile {
        let directory = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        let file = TemporaryFile(path: "\(directory)/.snapshot-\(UUID().uuidString).sqlite")
        let connection = try Connection(path: databasePath, mode: .readOnly, statementCacheLimit: 1)
        defer { connection.close() }
        try connection.execute("VACUUM INTO ?", [file.path])
        return file
    }

    /// The epoch and position the copy holds.
    private static func readHeaders(_ path: String) throws -> (String, Int64) {
        let connection = try Connection(path: path, mode: .readOnly, statementCacheLimit: 2)
        defer { connection.close() }
        return (try ChangeLog.epoch(connection), try ChangeLog.position(connection))
    }
}

enum SnapshotError: Error {
    case unreadable
}
