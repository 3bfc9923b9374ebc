import JSON

/// One page of `GET /internal/feed` (`registry.md` §5.6).
struct FeedPage: Sendable {
    var epoch: String
    var position: Int64
    var items: [FeedItem]

    init?(json: JSONValue) {
        guard let epoch = json["epoch"]?.stringValue else { return nil }
        self.epoch = epoch
        position = json["position"]?.intValue ?? 0
        items = (json["items"]?.arrayValue ?? []).compactMap(FeedItem.init(json:))
    }
}

/// One change-log item: what changed, whose holder answers it affects, and the state after it.
struct FeedItem: Sendable {
    var id: Int64
    /// `enhet`, `underenhet` or `roller`.
    var kind: String
    var organisasjonsnummer: String
    var affectedHolders: [String]
    var state: JSONValue

    init?(json: JSONValue) {
        guard let id = json["id"]?.intValue, let kind = json["kind"]?.stringValue,
              let number = json["organisasjonsnummer"]?.stringValue else { return nil }
        self.id = id
        self.kind = kind
        organisasjonsnummer = number
        affectedHolders = (json["affectedHolders"]?.arrayValue ?? []).compactMap(\.stringValue)
        state = json["state"] ?? .null
    }

    /// For a `roller` item: the active roles organisation `holder` holds in the unit after the change.
    func activeRoles(heldBy holder: String) -> [String] {
        (state["roller"]?.arrayValue ?? []).compactMap { role in
            guard role["enhet"]?["organisasjonsnummer"]?.stringValue == holder,
                  role["fratraadt"]?.boolValue != true, role["avregistrert"]?.boolValue != true else { return nil }
            return role["type"]?.stringValue
        }
    }

    /// For a unit item: `active`, `deleted` or `removed`.
    var unitStatus: String? { state["status"]?.stringValue }
}
