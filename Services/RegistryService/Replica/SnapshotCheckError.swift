/// Why a downloaded snapshot was not installed.
enum SnapshotCheckError: Error, CustomStringConvertible {
    case damaged(String)
    case schemaVersion(Int)
    case noEpoch

    var description: String {
        switch self {
        case .damaged(let messages): "snapshot failed its check: \(messages)"
        case .schemaVersion(let version): "snapshot has schema version \(version), not this build's"
        case .noEpoch: "snapshot holds no epoch"
        }
    }
}
