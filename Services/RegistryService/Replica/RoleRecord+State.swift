import JSON

extension RoleRecord {
    /// One role of a `roller` item's state (§5.6: the §5.4 input shape plus `rekkefolge` and
    /// `sistEndret`). The optional fields are kept as the primary stored them.
    init(state role: JSONValue) throws(FeedError) {
        guard let type = role["type"]?.stringValue else { throw .malformedItem(id: nil, "role without type") }
        let holder: RoleHolder
        if let person = role["person"], person.objectValue != nil {
            guard let fornavn = person["navn"]?["fornavn"]?.stringValue,
                  let etternavn = person["navn"]?["etternavn"]?.stringValue else {
                throw .malformedItem(id: nil, "person without navn")
            }
            holder = .person(PersonHolder(fodselsnummer: person["fodselsnummer"]?.stringValue,
                                          fodselsdato: person["fodselsdato"]?.stringValue, fornavn: fornavn,
                                          mellomnavn: person["navn"]?["mellomnavn"]?.stringValue, etternavn: etternavn,
                                          erDoed: person["erDoed"]?.boolValue ?? false))
        } else if let orgnr = role["enhet"]?["organisasjonsnummer"]?.stringValue {
            holder = .organisation(orgnr)
        } else {
            throw .malformedItem(id: nil, "role without person or enhet")
        }
        let extra = (role.objectValue ?? []).filter { RoleExtraFields.names.contains($0.0) }
        self.init(type: type, holder: holder, fratraadt: role["fratraadt"]?.boolValue ?? false,
                  avregistrert: role["avregistrert"]?.boolValue ?? false,
                  extra: extra.isEmpty ? nil : String(decoding: JSONValue.object(extra).encoded(), as: UTF8.self))
    }
}
