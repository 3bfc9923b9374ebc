/// Why `generate` stopped after its arguments were accepted (exit 1).
enum GenerateFailure: Error, CustomStringConvertible {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case numbersExhausted

    var description: String {
        switch self {
        case let .cannotCreateDirectory(path, reason): return "cannot create \(path): \(reason)"
        case let .cannotWrite(path, reason): return "cannot write \(path): \(reason)"
        case .numbersExhausted: return "ran out of organisation numbers"
        }
    }
}
