/// One element of a streamed top-level array from `JSONArrayStreamReader.next(offering:)`: taken unparsed
/// by the caller's fast path, or parsed.
public enum JSONArrayItem<Accepted> {
    case accepted(Accepted, index: Int, offset: Int64)
    case parsed(JSONArrayElement)
}
extension JSONArrayItem: Sendable where Accepted: Sendable {}
