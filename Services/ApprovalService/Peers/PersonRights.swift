import JSON

/// The Client Delegation Service's answer to `GET /internal/rights` (`delegation.md` §6), reduced to what
/// decides here (`approval.md` §2).
struct PersonRights: Sendable, Equatable {
    var partyStatus: String
    var isAccessManager: Bool
    var isClientAdministrator: Bool
    var hasAnyAccess: Bool
    /// Package URNs held for the party.
    var packages: Set<String>
    /// Resource ids held for the party.
    var resources: Set<String>

    init(partyStatus: String = "active", isAccessManager: Bool = false, isClientAdministrator: Bool = false,
         hasAnyAccess: Bool = false, packages: Set<String> = [], resources: Set<String> = []) {
        self.partyStatus = partyStatus
        self.isAccessManager = isAccessManager
        self.isClientAdministrator = isClientAdministrator
        self.hasAnyAccess = hasAnyAccess
        self.packages = packages
        self.resources = resources
    }

    init(json: JSONValue) {
        self.init(partyStatus: json["partyStatus"]?.stringValue ?? "unknown",
                  isAccessManager: json["isAccessManager"]?.boolValue ?? false,
                  isClientAdministrator: json["isClientAdministrator"]?.boolValue ?? false,
                  hasAnyAccess: json["hasAnyAccess"]?.boolValue ?? false,
                  packages: Set(json["packages"]?.arrayValue?.compactMap { $0["urn"]?.stringValue } ?? []),
                  resources: Set(json["resources"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []))
    }

    var partyIsActive: Bool { partyStatus == "active" }
}
