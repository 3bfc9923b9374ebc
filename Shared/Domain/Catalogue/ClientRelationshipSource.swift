/// What gives a facilitator a package for a client: a role it holds in the client, or a grant from it.
/// Written as `{"type": "role", "role": "<code>"}` or `{"type": "grant"}` (`delegation.md` §3.2, §7.2).
public enum ClientRelationshipSource: Hashable, Sendable {
    case role(String)
    case grant
}
