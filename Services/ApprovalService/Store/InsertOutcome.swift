/// What commit step (a) found (`approval.md` §4.3).
enum InsertOutcome: Sendable, Equatable {
    case inserted
    /// A user with this id exists already (a concurrent approve committed first).
    case idExists(SystemUser)
    /// Another non-deleted user holds the key: 400 `AUTH-00004`.
    case keyTaken
}
