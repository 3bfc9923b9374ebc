/// A generated role holder: a Tenor-style synthetic fødselsnummer (month + 80) and a name of one or
/// two adjectives and a noun (`registry.md` §7).
struct SyntheticPerson: Sendable {
    let fodselsnummer: String
    let fodselsdato: SyntheticDate
    let fornavn: String
    let mellomnavn: String?
    let etternavn: String
    let erDoed: Bool
}
