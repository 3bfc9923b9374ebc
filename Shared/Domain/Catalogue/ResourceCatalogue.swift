/// The resources of `catalogue.md` §4, compiled into the binary. Ids are compared exactly
/// (case-sensitive); an id not in this table is unknown.
public enum ResourceCatalogue {
    /// Every resource in the table's order.
    public static let all: [Resource] = rows.enumerated().map { index, row in
        Resource(id: row.id, name: row.name, owner: row.owner, type: row.type, isDelegable: row.delegable,
                 grantedBy: row.grantedBy, position: index)
    }

    private static let byId: [String: Resource] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// The resource with this bare id, or nil.
    public static func resource(id: String) -> Resource? { byId[id] }

    /// For decisions: the bare id or `urn:altinn:resource:<id>` (the prefix is stripped).
    public static func resource(reference: String) -> Resource? {
        if reference.hasPrefix(Resource.urnPrefix) {
            return byId[String(reference.dropFirst(Resource.urnPrefix.count))]
        }
        return byId[reference]
    }

    /// The resources `package` grants, in the table's order.
    public static func resources(grantedBy package: AccessPackage) -> [Resource] {
        all.filter { $0.isGranted(by: package) }
    }

    // MARK: the table

    private struct Row {
        let id: String, name: String, owner: String, type: ResourceType, delegable: Bool, grantedBy: [String]
    }

    private static let rows: [Row] = [
        Row(id: "ske-krav-og-betalinger", name: "Krav og betalinger", owner: "Skatteetaten",
            type: .genericAccessResource, delegable: true,
            grantedBy: ["krav-og-utlegg", "regnskapsforer-med-signeringsrettighet",
                        "regnskapsforer-uten-signeringsrettighet", "ansvarlig-revisor", "forretningsforer-eiendom"]),
        Row(id: "ske-mva-melding", name: "MVA-melding", owner: "Skatteetaten", type: .genericAccessResource,
            delegable: true,
            grantedBy: ["merverdiavgift", "regnskapsforer-med-signeringsrettighet",
                        "regnskapsforer-uten-signeringsrettighet"]),
        Row(id: "a-melding", name: "A-melding", owner: "Skatteetaten", type: .genericAccessResource, delegable: true,
            grantedBy: ["a-ordning", "regnskapsforer-lonn"]),
        Row(id: "ske-skattemelding-naering", name: "Skattemelding for næringsdrivende", owner: "Skatteetaten",
            type: .genericAccessResource, delegable: true,
            grantedBy: ["skatt-naering", "regnskapsforer-med-signeringsrettighet", "ansvarlig-revisor"]),
        Row(id: "ske-skattegrunnlag", name: "Skattegrunnlag", owner: "Skatteetaten", type: .genericAccessResource,
            delegable: true, grantedBy: ["skattegrunnlag"]),
        Row(id: "ske-boligselskap-oppgave", name: "Boligsameie- og borettslagsoppgave", owner: "Skatteetaten",
            type: .genericAccessResource, delegable: true, grantedBy: ["forretningsforer-eiendom", "skatt-naering"]),
        Row(id: "ske-revisorattestasjon", name: "Revisorattestasjon", owner: "Skatteetaten",
            type: .genericAccessResource, delegable: true, grantedBy: ["revisorattesterer", "ansvarlig-revisor"]),
        Row(id: "toll-tolldeklarasjon", name: "Tolldeklarasjon", owner: "Tolletaten", type: .genericAccessResource,
            delegable: true, grantedBy: ["toll"]),
        Row(id: "nav-sykmelding-arbeidsgiver", name: "Sykmelding til arbeidsgiver", owner: "NAV",
            type: .genericAccessResource, delegable: true, grantedBy: ["sykefravaer", "oppgi-naermeste-leder"]),
        Row(id: "brg-aarsregnskap", name: "Årsregnskap", owner: "Brønnøysundregistrene", type: .genericAccessResource,
            delegable: true,
            grantedBy: ["regnskap-okonomi-rapport", "regnskapsforer-med-signeringsrettighet", "ansvarlig-revisor",
                        "revisormedarbeider"]),
        Row(id: "digdir-post-virksomhet", name: "Digital post til virksomheter", owner: "Digdir",
            type: .genericAccessResource, delegable: true,
            grantedBy: ["ordinaer-post-til-virksomheten", "post-til-virksomheten-med-taushetsbelagt-innhold"]),
        Row(id: "altinn_access_management", name: "Tilgangsstyring", owner: "Digdir", type: .systemResource,
            delegable: false, grantedBy: ["tilgangsstyrer", "hovedadministrator"]),
        Row(id: "altinn_client_administration", name: "Klientadministrasjon", owner: "Digdir", type: .systemResource,
            delegable: false, grantedBy: ["klientadministrator", "hovedadministrator"]),
        Row(id: "ttd-maskinporten-schema", name: "Maskinporten-skjema (test)", owner: "Digdir (ttd)",
            type: .maskinportenSchema, delegable: false, grantedBy: []),
    ]
}
