/// The three kinds of firm that hold roles for clients as `enhet` holders (`registry.md` §7).
enum FirmKind: Int, Sendable, CaseIterable {
    case accounting = 0
    case audit = 1
    case businessManager = 2

    /// The role a firm of this kind holds in its clients.
    var roleCode: String {
        switch self {
        case .accounting: return "REGN"
        case .audit: return "REVI"
        case .businessManager: return "FFØR"
        }
    }

    /// Share of AS units that are firms of this kind.
    var shareOfAS: Double {
        switch self {
        case .accounting: return 0.005
        case .audit: return 0.002
        case .businessManager: return 0.001
        }
    }

    var industry: IndustryCode {
        switch self {
        case .accounting: return IndustryCode.accounting
        case .audit: return IndustryCode.auditing
        case .businessManager: return IndustryCode.propertyManagement
        }
    }
}
