import Domain
import JSON

/// The copy of a system user the Approval Service published here (`delegation.md` §4), or a tombstone.
struct SystemUserCopy: Sendable, Equatable {
    enum UserType: String, Sendable { case standard, agent }

    var id: String
    var integrationTitle: String
    var systemId: String
    var supplierOrgno: String
    var supplierName: String
    var reporteeOrgNo: String
    var externalRef: String
    var userType: UserType
    var rights: [JSONValue]
    /// Package URNs in S's order.
    var accessPackages: [String]
    var created: String
    var isDeleted = false
    var deletedAt: String?
    /// Deleted without ever being published.
    var isTombstone = false

    static func tombstone(id: String, deletedAt: String) -> SystemUserCopy {
        SystemUserCopy(id: id, integrationTitle: "", systemId: "", supplierOrgno: "", supplierName: "",
                       reporteeOrgNo: "", externalRef: "", userType: .standard, rights: [], accessPackages: [],
                       created: "", isDeleted: true, deletedAt: deletedAt, isTombstone: true)
    }

    var isAgent: Bool { userType == .agent }

    /// The resource ids its rights name (the `value` of pairs with id `urn:altinn:resource`).
    var rightResourceIds: [String] {
        rights.flatMap { right -> [String] in
            guard let pairs = right["resource"]?.arrayValue else { return [] }
            return pairs.compactMap { pair in
                pair["id"]?.stringValue == "urn:altinn:resource" ? pair["value"]?.stringValue : nil
            }
        }
    }

    /// The published fields as a JSON object (the stored document), in the §4 body order.
    var document: JSONValue {
        .object([
            ("id", .string(id)), ("integrationTitle", .string(integrationTitle)), ("systemId", .string(systemId)),
            ("supplierOrgno", .string(supplierOrgno)), ("supplierName", .string(supplierName)),
            ("reporteeOrgNo", .string(reporteeOrgNo)), ("externalRef", .string(externalRef)),
            ("userType", .string(userType.rawValue)), ("rights", .array(rights)),
            ("accessPackages", .array(accessPackages.map { .object([("urn", .string($0))]) })),
            ("created", .string(created)),
        ])
    }

    /// Rebuilds a copy from its stored document.
    init?(document: JSONValue) {
        guard let id = document["id"]?.stringValue,
              let type = document["userType"]?.stringValue.flatMap(UserType.init(rawValue:)) else { return nil }
        self.init(id: id, integrationTitle: document["integrationTitle"]?.stringValue ?? "",
                  systemId: document["systemId"]?.stringValue ?? "",
                  supplierOrgno: document["supplierOrgno"]?.stringValue ?? "",
                  supplierName: document["supplierName"]?.stringValue ?? "",
                  reporteeOrgNo: document["reporteeOrgNo"]?.stringValue ?? "",
                  externalRef: document["externalRef"]?.stringValue ?? "", userType: type,
                  rights: document["rights"]?.arrayValue ?? [],
                  accessPackages: (document["accessPackages"]?.arrayValue ?? []).compactMap { $0["urn"]?.stringValue },
                  created: document["created"]?.stringValue ?? "")
    }

    init(id: String, integrationTitle: String, systemId: String, supplierOrgno: String, supplierName: String,
         reporteeOrgNo: String, externalRef: String, userType: UserType, rights: [JSONValue],
         accessPackages: [String], created: String, isDeleted: Bool = false, deletedAt: String? = nil,
         isTombstone: Bool = false) {
        self.id = id
        self.integrationTitle = integrationTitle
        self.systemId = systemId
        self.supplierOrgno = supplierOrgno
        self.supplierName = supplierName
        self.reporteeOrgNo = reporteeOrgNo
        self.externalRef = externalRef
        self.userType = userType
        self.rights = rights
        self.accessPackages = accessPackages
        self.created = created
        self.isDeleted = isDeleted
        self.deletedAt = deletedAt
        self.isTombstone = isTombstone
    }
}
