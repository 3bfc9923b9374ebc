import Domain
import JSON

/// The answer to a decision question (`delegation.md` §7.2).
struct Decision: Sendable, Equatable {
    var permit: Bool
    var code: String
    var detail: String
    var systemUserId: String
    var userType: String?
    var owner: String?
    var party: String
    var viaRight: String?
    var viaPackage: String?
    var viaRelationship: ClientRelationshipSource?

    var decision: String { permit ? "Permit" : "NotApplicable" }

    func json() -> [UInt8] {
        var json = JSONWriter(capacity: 512)
        json.beginObject()
        json.member("decision", decision)
        json.key("reason")
        json.beginObject()
        json.member("code", code)
        json.member("detail", detail)
        json.member("systemUserId", systemUserId)
        if let userType { json.member("userType", userType) }
        if let owner { json.member("owner", owner) }
        json.member("party", party)
        if let viaRight { json.member("viaRight", viaRight) }
        if let viaPackage { json.member("viaPackage", viaPackage) }
        if let viaRelationship {
            json.key("viaRelationship")
            json.beginObject()
            switch viaRelationship {
            case .role(let role):
                json.member("type", "role")
                json.member("role", role)
            case .grant:
                json.member("type", "grant")
            }
            json.endObject()
        }
        json.endObject()
        json.endObject()
        return json.bytes
    }

    /// The XACML answer of §7.4.
    static func xacml(_ decision: String, status: String = "urn:oasis:names:tc:xacml:1.0:status:ok") -> [UInt8] {
        var json = JSONWriter(capacity: 160)
        json.beginObject()
        json.key("Response")
        json.beginArray()
        json.beginObject()
        json.member("Decision", decision)
        json.key("Status")
        json.beginObject()
        json.key("StatusCode")
        json.beginObject()
        json.member("Value", status)
        json.endObject()
        json.endObject()
        json.endObject()
        json.endArray()
        json.endObject()
        return json.bytes
    }
}
