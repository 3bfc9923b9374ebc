/// Why a pair of a right is not acceptable in the system register (`requests.md` §3.1). For one pair the
/// rules form a chain and only the first failure is reported, in the order of the cases.
public enum RightContentProblem: Hashable, Sendable, CaseIterable {
    /// `id` is not exactly `urn:altinn:resource`: `AUTH.VLD-00009`.
    case attributeIdNotResource
    /// `value` is not a resource id of `catalogue.md` §4 (case-sensitive): `AUTH.VLD-00003`.
    case unknownResource
    /// The resource is "delegable: no": `AUTH.VLD-00017`.
    case resourceNotDelegable

    public var code: String {
        switch self {
        case .attributeIdNotResource: return "AUTH.VLD-00009"
        case .unknownResource: return "AUTH.VLD-00003"
        case .resourceNotDelegable: return "AUTH.VLD-00017"
        }
    }
}
