import JSON

/// One unit of `GET /internal/units` (`registry.md` §5.3).
struct RegistryUnit: Sendable, Equatable {
    var organisasjonsnummer: String
    var navn: String
    var organisasjonsform: String
    /// `enhet` or `underenhet`.
    var kind: String
    /// `active`, `deleted` or `removed`.
    var status: String
    var overordnetEnhet: String?

    var isActive: Bool { status == "active" }
    var isActiveEnhet: Bool { isActive && kind == "enhet" }

    init?(json: JSONValue) {
        guard let number = json["organisasjonsnummer"]?.stringValue else { return nil }
        organisasjonsnummer = number
        navn = json["navn"]?.stringValue ?? ""
        organisasjonsform = json["organisasjonsform"]?.stringValue ?? json["organisasjonsform"]?["kode"]?.stringValue ?? ""
        kind = json["kind"]?.stringValue ?? "enhet"
        status = json["status"]?.stringValue ?? "active"
        overordnetEnhet = json["overordnetEnhet"]?.stringValue
    }
}

/// A unit entry: the unit, or "unknown" (listed in `notFound`).
enum UnitLookup: Sendable, Equatable {
    case known(RegistryUnit)
    case unknown

    var unit: RegistryUnit? {
        if case .known(let unit) = self { return unit }
        return nil
    }

    /// `active`, `deleted`, `removed` or `unknown` (`delegation.md` §6 `partyStatus`).
    var status: String { unit?.status ?? "unknown" }
}
