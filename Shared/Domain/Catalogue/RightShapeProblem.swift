/// A structural problem found while reading a right from JSON. `path` is a JSON pointer built on the
/// base path the caller gave (`/rights/0/resource/1/value`); the system register reports these at its
/// own fixed path instead (`requests.md` §3.1) and may ignore `path`.
public struct RightShapeProblem: Hashable, Sendable, Error {
    public enum Kind: Hashable, Sendable {
        /// A required member is absent, or `resource` is an empty array.
        case missing
        /// A member has the wrong JSON type.
        case wrongType(expected: String, found: String)
    }

    public let kind: Kind
    public let path: String

    public init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// The shared validation code (`catalogue.md` §6.3): `STD.VLD-00004` or `STD.VLD-00005`.
    public var code: String {
        switch kind {
        case .missing: return "STD.VLD-00004"
        case .wrongType: return "STD.VLD-00005"
        }
    }

    /// English text for the problem's `detail`.
    public var detail: String {
        switch kind {
        case .missing: return "\(path) is required and must not be empty."
        case .wrongType(let expected, let found): return "\(path) must be a \(expected), not a \(found)."
        }
    }
}
