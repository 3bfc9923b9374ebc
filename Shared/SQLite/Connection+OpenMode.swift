import CSQLite

extension Connection {
    /// How a connection opens its file. Every mode adds `SQLITE_OPEN_NOMUTEX`.
    public enum OpenMode: Sendable {
        case readWriteCreate
        case readWrite
        case readOnly

        var flags: Int32 {
            switch self {
            case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            case .readWrite: SQLITE_OPEN_READWRITE
            case .readOnly: SQLITE_OPEN_READONLY
            }
        }
    }
}
