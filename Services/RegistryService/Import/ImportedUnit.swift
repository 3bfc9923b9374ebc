/// A unit record that passed the §6 rules: the stored document, its status and `slettedato`.
struct ImportedUnit: Sendable {
    let document: UnitDocument
    let status: UnitStatus
    let slettedato: String?
    /// The stored document as compact JSON (`document.bytes`), encoded once by the reading thread.
    let text: String

    var organisasjonsnummer: String { document.organisasjonsnummer }
}
