/// The answer of the Request Service's `DELETE /internal/requests/{id}` (`requests.md` §4.8).
enum RequestDeletion: Sendable, Equatable {
    /// 204, whether or not it was deleted before.
    case deleted
    /// 404 `AUTH-00010`: the id never existed there.
    case neverExisted
}
