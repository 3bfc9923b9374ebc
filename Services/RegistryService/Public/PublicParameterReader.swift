import Domain

/// Reads the single and list parameters of a public search or feed (`registry.md` §3.4, §3.7),
/// collecting one `valideringsfeil` per bad parameter.
struct PublicParameterReader {
    let query: PublicQuery
    var failures: [EnhetsregisteretError.Valideringsfeil] = []

    init(query: PublicQuery) {
        self.query = query
    }

    mutating func nameWords() -> [String]? {
        guard let value = query.single("navn") else { return nil }
        let words = SearchName.words(value.text)
        guard !value.malformed, value.text.count <= SearchName.maximumLength, !words.isEmpty else {
            failures.append(.invalidValue(parameter: "navn", raw: value.text))
            return nil
        }
        return words
    }

    mutating func organizationNumbers(_ parameter: String) -> [String]? {
        codes(parameter, valid: OrganizationNumber.isValid) {
            EnhetsregisteretError.Valideringsfeil.invalidOrganizationNumber($0, parameter: parameter)
        }
    }

    mutating func organizationNumber(_ parameter: String) -> String? {
        guard let value = query.single(parameter) else { return nil }
        guard !value.malformed, OrganizationNumber.isValid(value.text) else {
            failures.append(.invalidOrganizationNumber(value.text, parameter: parameter))
            return nil
        }
        return value.text
    }

    /// A list whose items are not validated (only its length is).
    mutating func plainList(_ parameter: String) -> [String]? {
        codes(parameter, valid: { _ in true }, failure: { .invalidValue(parameter: parameter, raw: $0) })
    }

    /// A list whose items must each be `valid`; the first bad item names the failure.
    mutating func codes(_ parameter: String, valid: (String) -> Bool,
                        failure: (String) -> EnhetsregisteretError.Valideringsfeil) -> [String]? {
        guard let list = query.list(parameter) else { return nil }
        if list.isTooLong {
            failures.append(.tooManyValues(parameter: parameter, raw: list.raw))
            return nil
        }
        if let bad = list.items.first(where: { !valid($0) }) {
            failures.append(failure(bad))
            return nil
        }
        return list.items
    }

    mutating func boolean(_ parameter: String) -> Bool? {
        single(parameter) { ParameterFormats.boolean($0) }
    }

    mutating func integer(_ parameter: String) -> Int? {
        single(parameter) { ParameterFormats.nonNegativeInteger($0) }
    }

    mutating func date(_ parameter: String) -> String? {
        single(parameter) { CalendarDate.isValid($0) ? $0 : nil }
    }

    mutating func sort() -> SearchSort? {
        single("sort") { SearchSort($0) }
    }

    /// A single parameter converted by `convert`; nil when absent or bad (then a failure is recorded).
    mutating func single<Value>(_ parameter: String, _ convert: (String) -> Value?) -> Value? {
        guard let value = query.single(parameter) else { return nil }
        guard !value.malformed, let converted = convert(value.text) else {
            failures.append(.invalidValue(parameter: parameter, raw: value.text))
            return nil
        }
        return converted
    }
}
