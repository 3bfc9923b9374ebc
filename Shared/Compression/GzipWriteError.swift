/// Why a `GzipWriter` stopped.
public enum GzipWriteError: Error, CustomStringConvertible {
    /// The level is outside 0...9.
    case invalidLevel(Int)
    /// The sink threw; the output is incomplete.
    case sinkFailed(underlying: any Error)
    /// zlib could not start or run (out of memory).
    case zlibFailure(code: Int32)
    /// `write` or `finish` after `finish`.
    case alreadyFinished

    public var description: String {
        switch self {
        case .invalidLevel(let level): return "compression level \(level) is outside 0...9"
        case .sinkFailed(let underlying): return "write failed: \(underlying)"
        case .zlibFailure(let code): return "zlib failure (code \(code))"
        case .alreadyFinished: return "the gzip stream is already finished"
        }
    }
}
