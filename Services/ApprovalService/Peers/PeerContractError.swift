/// A peer answered something its contract does not allow (an unexpected 4xx, an unreadable body): a bug,
/// answered 500 (`approval.md` §4.3), with the local state left for a retry.
struct PeerContractError: Error, Sendable, CustomStringConvertible {
    var peer: String
    var detail: String

    var description: String { "\(peer): \(detail)" }
}
