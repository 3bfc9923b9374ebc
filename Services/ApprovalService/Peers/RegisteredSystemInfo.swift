import Domain
import JSON

/// A system as the Request Service's internal reads return it (`requests.md` §3.4), deleted ones included.
struct RegisteredSystemInfo: Sendable, Equatable {
    var id: String
    var vendorOrgNo: String
    /// `{"nb", "nn", "en"}`.
    var name: JSONValue
    var rights: [Right]
    var accessPackages: [String]
    var isVisible: Bool
    var isDeleted: Bool

    init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue else { return nil }
        self.id = id
        let vendorID = json["vendor"]?["ID"]?.stringValue ?? ""
        vendorOrgNo = vendorID.hasPrefix("0192:") ? String(vendorID.dropFirst(5)) : String(id.prefix(9))
        name = json["name"] ?? .object([])
        rights = json["rights"].flatMap { try? Right.parseList($0, path: "/rights").get() } ?? []
        accessPackages = json["accessPackages"]?.arrayValue?.compactMap { $0["urn"]?.stringValue } ?? []
        isVisible = json["isVisible"]?.boolValue ?? false
        isDeleted = json["isDeleted"]?.boolValue ?? false
    }

    init(id: String, vendorOrgNo: String, name: JSONValue, rights: [Right], accessPackages: [String],
         isVisible: Bool = true, isDeleted: Bool = false) {
        self.id = id
        self.vendorOrgNo = vendorOrgNo
        self.name = name
        self.rights = rights
        self.accessPackages = accessPackages
        self.isVisible = isVisible
        self.isDeleted = isDeleted
    }

    var nameNb: String { name["nb"]?.stringValue ?? id }
}
