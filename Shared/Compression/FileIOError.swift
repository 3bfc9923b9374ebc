import Foundation

/// A failed system call on a file, with the `errno` it left.
public enum FileIOError: Error, Equatable, Sendable, CustomStringConvertible {
    case openFailed(path: String, errno: Int32)
    case readFailed(errno: Int32)
    case writeFailed(errno: Int32)

    public var description: String {
        switch self {
        case .openFailed(let path, let code): return "cannot open \(path): \(Self.message(code))"
        case .readFailed(let code): return "read failed: \(Self.message(code))"
        case .writeFailed(let code): return "write failed: \(Self.message(code))"
        }
    }

    private static func message(_ code: Int32) -> String { String(cString: strerror(code)) }
}
