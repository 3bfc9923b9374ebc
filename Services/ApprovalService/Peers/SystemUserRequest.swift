import Domain
import JSON

/// A request as the Request Service's `GET /internal/requests/{id}` returns it (`requests.md` §4.8).
struct SystemUserRequest: Sendable, Equatable {
    var id: String
    var type: SystemUserType
    var integrationTitle: String
    var externalRef: String
    var systemId: String
    var vendorOrgNo: String
    var partyOrgNo: String
    var rights: [Right]
    var accessPackages: [String]
    /// As read: `New`, `Accepted`, `Rejected`, `Timedout`, `Denied`.
    var status: String
    var redirectUrl: String?
    var escalated: Bool
    var isDeleted: Bool
    var systemUserId: String?
    /// The whole record, for the vendor-shaped answers built from it.
    var record: JSONValue

    static let new = "New"

    init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue, let typeText = json["type"]?.stringValue,
              let type = SystemUserType(rawValue: typeText), let systemId = json["systemId"]?.stringValue,
              let partyOrgNo = json["partyOrgNo"]?.stringValue, let status = json["status"]?.stringValue else { return nil }
        self.id = id.lowercased()
        self.type = type
        self.systemId = systemId
        self.partyOrgNo = partyOrgNo
        self.status = status
        integrationTitle = json["integrationTitle"]?.stringValue ?? ""
        externalRef = json["externalRef"]?.stringValue ?? partyOrgNo
        vendorOrgNo = json["vendorOrgNo"]?.stringValue ?? String(systemId.prefix(9))
        rights = json["rights"].flatMap { try? Right.parseList($0, path: "/rights").get() } ?? []
        accessPackages = json["accessPackages"]?.arrayValue?.compactMap { $0["urn"]?.stringValue } ?? []
        let redirect = json["redirectUrl"]?.stringValue ?? ""
        redirectUrl = redirect.isEmpty ? nil : redirect
        escalated = json["escalated"]?.boolValue ?? false
        isDeleted = json["isDeleted"]?.boolValue ?? false
        systemUserId = json["systemUserId"]?.stringValue
        record = json
    }

    var isNew: Bool { status == Self.new }

    /// The resource ids named by the requested rights, each once, in order of first appearance.
    var resourceIds: [String] {
        var seen = Set<String>()
        return rights.flatMap(\.resourceValues).filter { seen.insert($0).inserted }
    }
}
