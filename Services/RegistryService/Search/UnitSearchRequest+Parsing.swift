extension UnitSearchRequest {
    /// Validates the query of `GET /enheter` or `/underenheter`; throws 400 listing every bad
    /// parameter in the order of the §3.4 parameter table.
    static func parse(_ query: PublicQuery,
                      kind: OrganisationForm.UnitKind) throws(EnhetsregisteretError) -> UnitSearchRequest {
        var reader = PublicParameterReader(query: query)
        var filter = UnitSearchFilter(kind: kind)
        filter.nameWords = reader.nameWords()
        filter.organizationNumbers = reader.organizationNumbers("organisasjonsnummer")
        filter.forms = reader.plainList("organisasjonsform")
        filter.parent = reader.organizationNumber("overordnetEnhet")
        filter.industryCodePrefixes = reader.codes("naeringskode", valid: ParameterFormats.isIndustryCodePrefix,
                                                   failure: { .invalidIndustryCode($0) })
        filter.municipalities = reader.codes("kommunenummer", valid: ParameterFormats.isMunicipality,
                                             failure: { .invalidMunicipality($0) })
        for flag in UnitFlag.allCases where flag.applies(to: kind) {
            if let value = reader.boolean(flag.field) { filter.flags.append(.init(flag: flag, value: value)) }
        }
        filter.employeesFrom = reader.integer("fraAntallAnsatte")
        filter.employeesTo = reader.integer("tilAntallAnsatte")
        filter.registeredFrom = reader.date("fraRegistreringsdatoEnhetsregisteret")
        filter.registeredTo = reader.date("tilRegistreringsdatoEnhetsregisteret")
        let sort = reader.sort()
        let page = PageRequest.parse(query, into: &reader.failures)
        guard reader.failures.isEmpty, let page else { throw EnhetsregisteretError.badRequest(reader.failures) }
        return UnitSearchRequest(filter: filter, sort: sort ?? .default, page: page)
    }
}
