/// Why a `GzipReader` stopped. Offsets count bytes of the compressed input (the file as stored).
public enum GzipReadError: Error, CustomStringConvertible {
    /// The byte source failed (an unreadable file, a broken pipe).
    case sourceFailed(offset: Int64, underlying: any Error)
    /// zlib rejected the data: a bad header, a bad block, a CRC or length mismatch, or bytes after
    /// the last member that do not start another one.
    case corruptStream(offset: Int64, reason: String)
    /// The input ended inside a gzip member.
    case truncatedStream(offset: Int64)
    /// zlib could not start or run (out of memory).
    case zlibFailure(code: Int32)

    public var offset: Int64? {
        switch self {
        case .sourceFailed(let offset, _), .corruptStream(let offset, _), .truncatedStream(let offset):
            return offset
        case .zlibFailure:
            return nil
        }
    }

    public var description: String {
        switch self {
        case .sourceFailed(let offset, let underlying): return "read failed at byte \(offset): \(underlying)"
        case .corruptStream(let offset, let reason): return "corrupt gzip stream at byte \(offset): \(reason)"
        case .truncatedStream(let offset): return "truncated gzip stream at byte \(offset)"
        case .zlibFailure(let code): return "zlib failure (code \(code))"
        }
    }
}
