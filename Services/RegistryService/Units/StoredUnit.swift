import SQLite

/// A unit as the public lookups read it when they do not render it in place (`UnitStore.lookupAnswer`):
/// the columns rendering needs, and the stored document as bytes straight from SQLite, so a lookup
/// neither decodes nor re-encodes it.
struct StoredUnit: RenderableUnit, Sendable {
    let organisasjonsnummer: String
    let kind: OrganisationForm.UnitKind
    let status: UnitStatus
    let navn: String
    let formCode: String
    let parent: String?
    let slettedato: String?
    let nedleggelsesdato: String?
    let documentBytes: [UInt8]

    /// The columns `init(statement:)` reads, in order.
    static let columns = "orgnr, kind, status, navn, form, parent, slettedato, nedleggelsesdato, document"

    /// Reads the current row of a statement that selects `columns`; nil when a required column is NULL.
    init?(statement: Statement) {
        guard let orgnr = statement.text(at: 0), let navn = statement.text(at: 3),
              let formCode = statement.text(at: 4), let document = statement.bytes(at: 8) else { return nil }
        organisasjonsnummer = orgnr
        kind = statement.text(at: 1).flatMap(OrganisationForm.UnitKind.init(rawValue:)) ?? .enhet
        status = statement.text(at: 2).flatMap(UnitStatus.init(rawValue:)) ?? .active
        self.navn = navn
        self.formCode = formCode
        parent = statement.text(at: 5)
        slettedato = statement.text(at: 6)
        nedleggelsesdato = statement.text(at: 7)
        documentBytes = document
    }
}
