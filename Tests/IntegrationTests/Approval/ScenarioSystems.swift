import JSON

/// The SmartCloud systems and the grants of `scenario.md` §5–6 that the approval journeys need.
enum ScenarioSystems {
    static func right(_ id: String) -> JSONValue { ["resource": [["id": "urn:altinn:resource", "value": .string(id)]]] }
    static func package(_ code: String) -> JSONValue { ["urn": .string("urn:altinn:accesspackage:" + code)] }
    static func names(_ nb: String, _ en: String) -> JSONValue { ["nb": .string(nb), "nn": .string(nb), "en": .string(en)] }

    static let all: [JSONValue] = [
        .object([
            ("id", "315602122_smartcloud"), ("vendor", ["authority": "iso6523-actorid-upis", "ID": "0192:315602122"]),
            ("name", names("SmartCloud", "SmartCloud")), ("description", names("SmartCloud", "SmartCloud")),
            ("rights", [right("ske-krav-og-betalinger"), right("a-melding"), right("ske-mva-melding")]),
            ("accessPackages", []), ("clientId", ["5d0a4a8e-3f6b-4c2e-9a57-2b1e8c0f7d31"]),
            ("allowedRedirectUrls", ["https://smartcloud.example/receipt", "http://localhost:8089/receipt"]),
            ("isVisible", true),
        ]),
        .object([
            ("id", "315602122_smartcloud_klient"), ("vendor", ["authority": "iso6523-actorid-upis", "ID": "0192:315602122"]),
            ("name", names("SmartCloud Klient", "SmartCloud Client")), ("description", names("Klient", "Client")),
            ("rights", []),
            ("accessPackages", [package("regnskapsforer-med-signeringsrettighet"), package("regnskapsforer-uten-signeringsrettighet"),
                                package("regnskapsforer-lonn"), package("ansvarlig-revisor"), package("revisormedarbeider"),
                                package("forretningsforer-eiendom"), package("skattegrunnlag")]),
            ("clientId", ["a3c1e5b7-8d2f-4a6c-9e1b-7f0d2c4a6e83"]),
            ("allowedRedirectUrls", ["https://smartcloud.example/receipt"]), ("isVisible", false),
        ]),
    ]

    /// (granter, from, to, package).
    static let grants: [(String, String, String, String)] = [
        ("LOJAL KOMPASS", "314250052", "12838148288", "klientadministrator"),
        ("LOJAL KOMPASS", "314250052", "12838148288", "tilgangsstyrer"),
        ("LOJAL KOMPASS", "314250052", "30818533124", "klientadministrator"),
        ("STADIG KONSERT", "310904473", "02829241792", "tilgangsstyrer"),
        ("STADIG KONSERT", "310904473", "02829241792", "krav-og-utlegg"),
        ("DRESS MINST", "310202398", "23870151217", "skatt-naering"),
        ("RASK SIGNATUR", "315710340", "314250052", "skattegrunnlag"),
        ("RASK SIGNATUR", "315710359", "314250052", "skattegrunnlag"),
    ]
}
