/// The answer of the Client Delegation Service's `PUT /internal/systemusers/{id}` (`delegation.md` §4).
enum PublishOutcome: Sendable, Equatable {
    case published(changed: Bool)
    /// 409 `AUTH-00107`: the id was deleted there.
    case deletedThere
}
