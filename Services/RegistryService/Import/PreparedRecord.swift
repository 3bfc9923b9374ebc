/// One record after the §6 checks that need no database, ready for the writer: what to write (with
/// its warnings), or why it is rejected. `index` and `offset` place it in its file.
struct PreparedRecord: Sendable {
    enum Outcome: Sendable {
        case unit(ImportedUnit)
        case roles(ImportedRoles)
        case rejected(String)
    }

    let index: Int
    let offset: Int64
    let outcome: Outcome
    let warnings: [String]
}

/// What the reading thread hands the writer, in order.
enum PreparedBatch: Sendable {
    case records([PreparedRecord])
    case fileEnded
    case failed(ImportError)
}
