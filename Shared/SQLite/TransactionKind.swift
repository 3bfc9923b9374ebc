/// How a transaction takes its locks (https://sqlite.org/lang_transaction.html).
public enum TransactionKind: Sendable {
    /// Takes locks on first use. A read transaction: its snapshot starts at the first read.
    case deferred
    /// Takes the write lock at once, so the transaction cannot fail later with SQLITE_BUSY
    /// when it upgrades from reading to writing.
    case immediate
    case exclusive

    var beginSQL: String {
        switch self {
        case .deferred: "BEGIN DEFERRED TRANSACTION"
        case .immediate: "BEGIN IMMEDIATE TRANSACTION"
        case .exclusive: "BEGIN EXCLUSIVE TRANSACTION"
        }
    }
}
