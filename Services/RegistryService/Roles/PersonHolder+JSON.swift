import JSON

extension PersonHolder {
    /// `"person": {fodselsnummer?, fodselsdato?, navn: {fornavn, mellomnavn?, etternavn}, erDoed}`, the
    /// shape of §3.5 and of the change log's role state; the number only when `revealingNumber`.
    func write(into json: inout JSONWriter, revealingNumber: Bool) {
        json.key("person")
        json.beginObject()
        if revealingNumber, let number = fodselsnummer { json.member("fodselsnummer", number) }
        if let date = fodselsdato { json.member("fodselsdato", date) }
        json.key("navn")
        json.beginObject()
        json.member("fornavn", fornavn)
        if let middle = mellomnavn { json.member("mellomnavn", middle) }
        json.member("etternavn", etternavn)
        json.endObject()
        json.member("erDoed", erDoed)
        json.endObject()
    }
}
