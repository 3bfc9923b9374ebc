/// A unit record that passed the §6 rules, with every column of its `units` row (and its search rows)
/// computed by the reading thread, so the writer only binds and steps. The columns are those of
/// `UnitStore.insertImported`, read from the document in one pass (`UnitColumns`).
struct ImportedUnit: Sendable {
    let organisasjonsnummer: String
    let kind: OrganisationForm.UnitKind
    let status: UnitStatus
    let slettedato: String?
    /// The stored document as compact JSON (`UnitDocument.bytes`).
    let text: String
    let navn: String
    let sortName: String
    let form: String
    let columns: UnitColumns
    /// `SearchName.indexedText` of an active unit; nil otherwise (only active units are searchable).
    let indexedName: String?

    /// `units.rowid`: the number as an integer (the reader checked it is nine digits).
    var rowid: Int64 { Int64(organisasjonsnummer) ?? 0 }
    var parent: String? { columns.parent }

    init(document: UnitDocument, status: UnitStatus, slettedato: String?) {
        organisasjonsnummer = document.organisasjonsnummer
        kind = document.kind
        self.status = status
        self.slettedato = slettedato
        text = String(decoding: document.bytes, as: UTF8.self)
        navn = document.navn
        sortName = document.sortName
        form = document.form.code
        columns = UnitColumns(document)
        indexedName = status == .active ? ImportNameWords.indexedText(upperCased: sortName, kind: document.kind) : nil
    }
}
