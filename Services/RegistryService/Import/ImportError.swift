/// Why an import stops before it finishes (§6 exit codes).
enum ImportError: Error, Equatable, Sendable {
    /// Bad arguments, or `--resume` with a staging file made from other inputs: exit 2.
    case usage(String)
    /// An unreadable or broken input, a held lock, a database failure: exit 1, the live database untouched.
    case fatal(String)

    var exitCode: Int32 {
        switch self {
        case .usage: return 2
        case .fatal: return 1
        }
    }

    var message: String {
        switch self {
        case .usage(let text), .fatal(let text): return text
        }
    }
}
