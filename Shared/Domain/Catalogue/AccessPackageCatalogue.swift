/// The 35 access packages of `catalogue.md` §1, compiled into the binary. Any URN not in this table is
/// unknown. Lookups are exact and case-sensitive.
///
/// - Bodies (systems, requests, decisions' `accessPackage` aside) take the full URN only: `package(urn:)`.
/// - Query parameters also take the bare code: `package(parameter:)`.
public enum AccessPackageCatalogue {
    /// Every package in catalogue order (§1.1, §1.2, §1.3, top to bottom).
    public static let all: [AccessPackage] = rows.enumerated().map { index, row in row(index) }

    private static let byCode: [String: AccessPackage] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The package with this bare code, or nil.
    public static func package(code: String) -> AccessPackage? { byCode[code] }

    /// The package with this full URN (`urn:altinn:accesspackage:<code>`), or nil. A bare code is unknown here.
    public static func package(urn: String) -> AccessPackage? {
        guard let code = code(fromURN: urn) else { return nil }
        return byCode[code]
    }

    /// For query parameters: the full URN or the bare code.
    public static func package(parameter: String) -> AccessPackage? {
        package(urn: parameter) ?? package(code: parameter)
    }

    /// The code after `urn:altinn:accesspackage:`, or nil when the prefix is absent or nothing follows it.
    public static func code(fromURN urn: String) -> String? {
        guard urn.hasPrefix(AccessPackage.urnPrefix) else { return nil }
        let code = urn.dropFirst(AccessPackage.urnPrefix.count)
        return code.isEmpty ? nil : String(code)
    }

    /// The packages of one group of §1, in catalogue order.
    public static func packages(in group: AccessPackageGroup) -> [AccessPackage] { all.filter { $0.group == group } }

    /// `packages` sorted into catalogue order with repeats removed.
    public static func inCatalogueOrder(_ packages: some Sequence<AccessPackage>) -> [AccessPackage] {
        Set(packages).sorted()
    }

    // MARK: the table

    private typealias Row = (Int) -> AccessPackage

    private static func client(_ code: String, nb: String, en: String, area: String) -> Row {
        { AccessPackage(code: code, name: PackageName(nb: nb, en: en), group: .client, area: area,
                        isDelegable: true, isAssignable: false, position: $0) }
    }

    private static func administration(_ code: String, nb: String, en: String, meaning: String) -> Row {
        { AccessPackage(code: code, name: PackageName(nb: nb, en: en), group: .administration, meaning: meaning,
                        isDelegable: false, isAssignable: true, position: $0) }
    }

    private static func other(_ code: String, nb: String, en: String, delegable: Bool, assignable: Bool) -> Row {
        { AccessPackage(code: code, name: PackageName(nb: nb, en: en), group: .other,
                        isDelegable: delegable, isAssignable: assignable, position: $0) }
    }

    // The "meaning" texts are the table's, without its Markdown emphasis.
    private static var rows: [Row] { [
        // §1.1 Client packages
        client("regnskapsforer-med-signeringsrettighet", nb: "Regnskapsfører med signeringsrettighet",
               en: "Accountant with signing rights", area: "Fullmakter for regnskapsfører"),
        client("regnskapsforer-uten-signeringsrettighet", nb: "Regnskapsfører uten signeringsrettighet",
               en: "Accountant without signing rights", area: "Fullmakter for regnskapsfører"),
        client("regnskapsforer-lonn", nb: "Regnskapsfører lønn", en: "Accountant salary",
               area: "Fullmakter for regnskapsfører"),
        client("ansvarlig-revisor", nb: "Ansvarlig revisor", en: "Auditor in charge", area: "Fullmakter for revisor"),
        client("revisormedarbeider", nb: "Revisormedarbeider", en: "Assistant auditor", area: "Fullmakter for revisor"),
        client("forretningsforer-eiendom", nb: "Forretningsfører eiendom", en: "Business manager real estate",
               area: "Fullmakter for forretningsfører"),
        // §1.2 Administration packages
        administration("hovedadministrator", nb: "Hovedadministrator", en: "Main administrator",
                       meaning: "Everything tilgangsstyrer and klientadministrator allow, and may grant any assignable package."),
        administration("tilgangsstyrer", nb: "Tilgangsstyrer", en: "Access manager",
                       meaning: "The access manager: may approve, reject and see requests, create and delete system users, "
                           + "and grant packages they hold themselves."),
        administration("klientadministrator", nb: "Klientadministrator", en: "Client administrator",
                       meaning: "May add and remove clients on the organisation's agent system users. "
                           + "Does not by itself allow approving requests."),
        administration("maskinporten-administrator", nb: "Maskinporten administrator", en: "Maskinporten administrator",
                       meaning: "Catalogue only. No endpoint checks it."),
        administration("konkursbo-tilgangsstyrer", nb: "Konkursbo administrator", en: "Bankruptcy estate administrator",
                       meaning: "Catalogue only. Comes only from grants."),
        administration("ffor-tilgangsstyrer-nuf", nb: "Forretningsfører-tilgangsstyrer NUF",
                       en: "Business manager-Access manager NUF", meaning: "Catalogue only."),
        // §1.3 Other packages
        other("eksplisitt", nb: "Eksplisitt tjenestedelegering", en: "Explicit service delegation",
              delegable: false, assignable: false),
        other("maskinporten-scopes", nb: "Delegerbare Maskinporten scopes", en: "Delegable maskinporten scopes",
              delegable: false, assignable: true),
        other("skatt-naering", nb: "Skatt næring", en: "Business tax", delegable: true, assignable: true),
        other("skattegrunnlag", nb: "Skattegrunnlag", en: "Tax base", delegable: true, assignable: true),
        other("merverdiavgift", nb: "Merverdiavgift", en: "Value added tax", delegable: true, assignable: true),
        other("krav-og-utlegg", nb: "Krav, betalinger og utlegg", en: "Claims, payments and enforcement",
              delegable: true, assignable: true),
        other("kreditt-og-oppgjoer", nb: "Kreditt- og oppgjørsordninger", en: "Credit and settlement arrangements",
              delegable: true, assignable: true),
        other("toll", nb: "Toll", en: "Customs", delegable: true, assignable: true),
        other("saeravgifter", nb: "Særavgifter", en: "Special taxes", delegable: true, assignable: true),
        other("regnskap-okonomi-rapport", nb: "Regnskap og økonomirapportering", en: "Accounting and economic reporting",
              delegable: true, assignable: true),
        other("revisorattesterer", nb: "Revisorattesterer", en: "Auditor attestation", delegable: true, assignable: true),
        other("a-ordning", nb: "A-ordningen", en: "A-melding system", delegable: true, assignable: true),
        other("lonn", nb: "Lønn", en: "Salary", delegable: true, assignable: true),
        other("lonn-personopplysninger-saerlig-kategori", nb: "Lønn med personopplysninger av særlig kategori",
              en: "Salary with personal data of special category", delegable: true, assignable: true),
        other("sykefravaer", nb: "Sykefravær", en: "Sick leave", delegable: true, assignable: true),
        other("ansettelsesforhold", nb: "Ansettelsesforhold", en: "Employment relations", delegable: true, assignable: true),
        other("oppgi-naermeste-leder", nb: "Oppgi nærmeste leder for sykmeldt ansatt",
              en: "Provide the immediate supervisor for the sick-listed employee", delegable: true, assignable: true),
        other("tjenester-nuf", nb: "Tjenester NUF", en: "Services NUF", delegable: true, assignable: true),
        other("ordinaer-post-til-virksomheten", nb: "Ordinær post til virksomheten", en: "Regular mail to business",
              delegable: true, assignable: true),
        other("post-til-virksomheten-med-taushetsbelagt-innhold", nb: "Post til virksomheten med taushetsbelagt innhold",
              en: "Mail to business with confidential content", delegable: true, assignable: true),
        other("starte-drive-endre-avvikle-virksomhet", nb: "Starte, endre og avvikle virksomhet",
              en: "Start, change and dissolve business", delegable: true, assignable: true),
        other("aksjer-og-eierforhold", nb: "Aksjer og eierforhold", en: "Shares and ownership",
              delegable: true, assignable: true),
        other("jordbruk", nb: "Jordbruk", en: "Agriculture", delegable: true, assignable: true),
    ] }
}
