/// The fields of `RegisterSystemRequest` in the order of the table of `requests.md` §3.1, which orders
/// the elements of `validationErrors`.
enum SystemField: Int, Comparable, Sendable {
    case id, vendor, name, description, rights, accessPackages, clientId, allowedRedirectUrls, isVisible

    var path: String {
        switch self {
        case .id: return "/registersystemrequest/systemid"
        case .vendor: return "/registersystemrequest/vendor/id"
        case .name: return "/registersystemrequest/name"
        case .description: return "/registersystemrequest/description"
        case .rights: return "/registersystemrequest/rights/resource"
        case .accessPackages: return "/registersystemrequest/accesspackages"
        case .clientId: return "/registersystemrequest/clientid"
        case .allowedRedirectUrls: return "/registersystemrequest/allowedredirecturls"
        case .isVisible: return "/registersystemrequest/isvisible"
        }
    }

    static func < (lhs: SystemField, rhs: SystemField) -> Bool { lhs.rawValue < rhs.rawValue }
}
