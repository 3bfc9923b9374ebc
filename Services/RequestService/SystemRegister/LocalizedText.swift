import JSON

/// A name or description in the three languages the register keeps (`requests.md` §3.1).
struct LocalizedText: Sendable, Equatable {
    var nb: String
    var nn: String
    var en: String

    var json: JSONValue { .object([("nb", .string(nb)), ("nn", .string(nn)), ("en", .string(en))]) }

    init(nb: String, nn: String, en: String) {
        self.nb = nb
        self.nn = nn
        self.en = en
    }

    /// Reads the stored form (always complete); nil for anything else.
    init?(_ value: JSONValue?) {
        guard let nb = value?["nb"]?.stringValue, let nn = value?["nn"]?.stringValue,
              let en = value?["en"]?.stringValue else { return nil }
        self.init(nb: nb, nn: nn, en: en)
    }
}
