/// What `UnitRendering` reads of a stored unit: a full `UnitRow`, or the slimmer `StoredUnit` that
/// the public lookups read (its document stays bytes, never decoded into a String).
protocol RenderableUnit {
    var organisasjonsnummer: String { get }
    var kind: OrganisationForm.UnitKind { get }
    var status: UnitStatus { get }
    var navn: String { get }
    var formCode: String { get }
    var parent: String? { get }
    var slettedato: String? { get }
    var nedleggelsesdato: String? { get }
    /// The stored document's UTF-8 bytes (compact JSON, see `UnitDocument`).
    var documentBytes: [UInt8] { get }
}

extension RenderableUnit {
    /// The form's description from §9.1 (the code itself when a stored code is not in the list).
    var formDescriptionText: String { OrganisationForm.byCode[formCode]?.description ?? formCode }
}
