import Domain

extension RoleReading {
    private static let personNames = ImportNameTable(["navn", "fodselsnummer", "fodselsdato", "erDoed"])
    private static let navnNames = ImportNameTable(["fornavn", "mellomnavn", "etternavn"])

    /// A role's `person` by `RoleBodyReader.readPerson`; nil to fall back.
    func readPerson(_ range: Range<Int>) -> PersonHolder? {
        guard let found = value.members(of: range, Self.personNames), let navn = present(found[0]),
              let names = value.members(of: navn, Self.navnNames),
              let fornavn = requiredText(names[0]), let mellomnavn = optionalText(names[1]),
              let etternavn = requiredText(names[2]) else { return nil }
        var fodselsnummer: String?
        if let range = present(found[1]) {
            guard let text = value.text(range), PersonIdentifier.isValid(text) else { return nil }
            fodselsnummer = text
        }
        guard let fodselsdato = birthDate(found[2], fodselsnummer: fodselsnummer),
              let erDoed = flag(found[3]) else { return nil }
        return PersonHolder(fodselsnummer: fodselsnummer, fodselsdato: fodselsdato, fornavn: fornavn,
                            mellomnavn: mellomnavn, etternavn: etternavn, erDoed: erDoed)
    }

    /// The given date, else the one derived from a valid `fodselsnummer`, else none (in `.some`); nil
    /// to fall back.
    private func birthDate(_ range: Range<Int>?, fodselsnummer: String?) -> String?? {
        if let range = present(range) {
            guard let text = value.text(range), CalendarDate.isValid(text) else { return nil }
            return .some(text)
        }
        guard let fodselsnummer else { return .some(nil) }
        guard let date = BirthDateDerivation.fodselsdato(fodselsnummer) else { return nil }
        return .some(date.description)
    }

    /// A non-empty string.
    private func requiredText(_ range: Range<Int>?) -> String? {
        guard let range = present(range), let content = value.content(range), !content.isEmpty else { return nil }
        return value.string(content)
    }

    /// Absent, null or empty: none (in `.some`); a string: its text; nil to fall back.
    private func optionalText(_ range: Range<Int>?) -> String?? {
        guard let range = present(range) else { return .some(nil) }
        guard let content = value.content(range) else { return nil }
        return .some(content.isEmpty ? nil : value.string(content))
    }
}
