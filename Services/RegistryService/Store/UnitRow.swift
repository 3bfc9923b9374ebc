import SQLite

/// One row of `units`, as lookups and writes read it.
struct UnitRow: Sendable {
    let organisasjonsnummer: String
    let kind: OrganisationForm.UnitKind
    let status: UnitStatus
    let navn: String
    let sortName: String
    let formCode: String
    let parent: String?
    let slettedato: String?
    let nedleggelsesdato: String?
    /// The stored document (compact JSON, see `UnitDocument`).
    let document: String

    /// The columns `init(row:)` reads, in order.
    static let columns = "orgnr, kind, status, navn, sort_navn, form, parent, slettedato, nedleggelsesdato, document"

    init(row: Row) throws {
        organisasjonsnummer = try row[0]
        kind = OrganisationForm.UnitKind(rawValue: try row[1]) ?? .enhet
        status = UnitStatus(rawValue: try row[2]) ?? .active
        navn = try row[3]
        sortName = try row[4]
        formCode = try row[5]
        parent = try row[6]
        slettedato = try row[7]
        nedleggelsesdato = try row[8]
        document = try row[9]
    }

    init(document: UnitDocument, status: UnitStatus, slettedato: String?) {
        organisasjonsnummer = document.organisasjonsnummer
        kind = document.kind
        self.status = status
        navn = document.navn
        sortName = document.sortName
        formCode = document.form.code
        parent = document.parent
        self.slettedato = slettedato
        nedleggelsesdato = document.nedleggelsesdato
        self.document = String(decoding: document.bytes, as: UTF8.self)
    }

    /// The same unit in another state (a deletion's result).
    init(_ unit: UnitRow, status: UnitStatus, slettedato: String?) {
        organisasjonsnummer = unit.organisasjonsnummer
        kind = unit.kind
        self.status = status
        navn = unit.navn
        sortName = unit.sortName
        formCode = unit.formCode
        parent = unit.parent
        self.slettedato = slettedato
        nedleggelsesdato = unit.nedleggelsesdato
        document = unit.document
    }

    /// The form's description from §9.1 (the code itself when a stored code is not in the list).
    var formDescription: String { OrganisationForm.byCode[formCode]?.description ?? formCode }
}
