import JSON

extension UnitDocument {
    /// The stored unit of a feed item's `state` (§5.6): the document without `status` and `slettedato`.
    /// A form code outside §9.1 (an imported unit) keeps the description the primary sent.
    init(state: JSONValue, kind: OrganisationForm.UnitKind, organisasjonsnummer: String) throws(FeedError) {
        guard let members = state.objectValue, let navn = state["navn"]?.stringValue,
              let code = state["organisasjonsform"]?["kode"]?.stringValue else {
            throw .malformedItem(id: nil, "unit state without navn or organisasjonsform.kode")
        }
        let description = state["organisasjonsform"]?["beskrivelse"]?.stringValue ?? code
        let form = OrganisationForm.byCode[code] ?? OrganisationForm(code: code, description: description, kind: kind)
        let fixed: Set<String> = ["organisasjonsnummer", "navn", "organisasjonsform", "status", "slettedato"]
        self.init(kind: kind, organisasjonsnummer: organisasjonsnummer, navn: navn, form: form,
                  optionalMembers: members.filter { !fixed.contains($0.0) })
    }
}
