/// Why a replica could not use what the primary sent.
enum FeedError: Error, Equatable, CustomStringConvertible {
    case malformedPage(String)
    case malformedItem(id: Int64?, String)

    var description: String {
        switch self {
        case .malformedPage(let reason): "malformed feed page: \(reason)"
        case .malformedItem(let id, let reason): "malformed feed item \(id.map(String.init) ?? "?"): \(reason)"
        }
    }
}
