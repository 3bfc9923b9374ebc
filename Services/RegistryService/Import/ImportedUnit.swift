/// A unit record that passed the §6 rules, with every column of its `units` row (and its search rows)
/// computed by the reading thread, so the writer only binds and steps. The columns are those of
/// `UnitStore.save` (with the imported status), read from the document in one pass (`UnitColumns`).
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

    /// `units.rowid` (`UnitRowid`; the reader checked that the number is nine digits).
    var rowid: Int64 { UnitRowid.of(organisasjonsnummer, kind: kind) ?? 0 }
    var parent: String? { columns.parent }

    init(document: UnitDocument, status: UnitStatus, slettedato: String?) {
        self.init(organisasjonsnummer: document.organisasjonsnummer, kind: document.kind, status: status,
                  slettedato: slettedato, text: String(decoding: document.bytes, as: UTF8.self), navn: document.navn,
                  form: document.form.code, columns: UnitColumns(document))
    }

    /// A unit read by the fast path (`UnitRecordSplicer`): `text` is the stored document it spliced.
    init(organisasjonsnummer: String, kind: OrganisationForm.UnitKind, status: UnitStatus, slettedato: String?,
         text: String, navn: String, form: String, columns: UnitColumns) {
        self.organisasjonsnummer = organisasjonsnummer
        self.kind = kind
        self.status = status
        self.slettedato = slettedato
        self.text = text
        self.navn = navn
        sortName = navn.uppercased()   // `UnitDocument.sortName`
        self.form = form
        self.columns = columns
        indexedName = status == .active ? ImportNameWords.indexedText(upperCased: sortName, kind: kind) : nil
    }
}
