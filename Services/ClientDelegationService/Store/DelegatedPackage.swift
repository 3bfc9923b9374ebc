import JSON

/// One package of a client delegation, with the time the service noticed it was lost (`delegation.md` §2).
struct DelegatedPackage: Sendable, Equatable {
    var urn: String
    var lostAt: String?

    var isLost: Bool { lostAt != nil }

    var json: JSONValue { .object([("urn", .string(urn)), ("lostAt", JSONValue(lostAt))]) }

    init(urn: String, lostAt: String? = nil) {
        self.urn = urn
        self.lostAt = lostAt
    }

    init?(json: JSONValue) {
        guard let urn = json["urn"]?.stringValue else { return nil }
        self.init(urn: urn, lostAt: json["lostAt"]?.stringValue)
    }
}
