import JSON

/// The ER roles of `scenario.md` §4, grouped by unit as the bodies of `PUT /internal/enheter/{orgnr}/roller`.
public enum ScenarioRoles {
    public enum Holder: Sendable {
        case person(ScenarioPerson, fratraadt: Bool = false)
        case organisation(String)
    }

    /// TILBAKEHOLDEN USYMMETRISK TIGER AS, the accounting and audit firm ("TUT").
    public static let tut = "314250052"

    public static let byUnit: [(orgnr: String, roles: [(type: String, holder: Holder)])] = [
        ("315602122", [("DAGL", .person(.skyhoyArkitekt))]),
        ("315602149", [("DAGL", .person(.blidNabo))]),
        ("310202398", [("DAGL", .person(.dressMinst)), ("LEDE", .person(.varmStyreleder))]),
        ("310904473", [("DAGL", .person(.stadigKonsert))]),
        ("314250052", [("DAGL", .person(.lojalKompass))]),
        ("315710340", [("DAGL", .person(.raskSignatur)), ("REGN", .organisation(tut))]),
        ("315710359", [("DAGL", .person(.raskSignatur)), ("REGN", .organisation(tut))]),
        ("315710367", [("DAGL", .person(.raskSignatur)), ("REGN", .organisation(tut))]),
        ("315710375", [("DAGL", .person(.blidNabo)), ("REVI", .organisation(tut))]),
        ("315710383", [("LEDE", .person(.varmStyreleder)), ("FFØR", .organisation(tut))]),
        ("315710391", [("LEDE", .person(.varmStyreleder)), ("FFØR", .organisation(tut))]),
        ("315710405", [("DAGL", .person(.blidNabo)), ("DAGL", .person(.fremmedTurist, fratraadt: true)),
                       ("FFØR", .organisation(tut))]),
        ("315710413", [("DAGL", .person(.raskSignatur)), ("REGN", .organisation(tut))]),
    ]

    public static func body(_ roles: [(type: String, holder: Holder)]) -> JSONValue {
        .object([("roller", .array(roles.map { role in
            switch role.holder {
            case let .person(person, fratraadt):
                return ["type": .string(role.type),
                        "person": ["fodselsnummer": .string(person.pid),
                                   "navn": ["fornavn": .string(person.fornavn), "etternavn": .string(person.etternavn)]],
                        "fratraadt": .bool(fratraadt)]
            case let .organisation(orgnr):
                return ["type": .string(role.type), "enhet": ["organisasjonsnummer": .string(orgnr)]]
            }
        }))])
    }
}
