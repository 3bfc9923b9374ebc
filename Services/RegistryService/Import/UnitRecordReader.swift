import Domain
import HTTPServer
import JSON

/// Reads one record of the enheter or underenheter file (§6): the required fields, the number, then
/// the rest as a unit write reads it (§5.4), plus `slettedato` and the `fjernet` extension.
/// Whether the number is new, and whether a parent is in the enheter file, the caller decides.
struct UnitRecordReader {
    let kind: OrganisationForm.UnitKind

    func read(_ record: JSONValue) throws(RecordRejection) -> ImportedUnit {
        guard case .object = record else { throw RecordRejection("record is not an object") }
        let record = UnitBodyMembers(record, kind: kind)
        let number = try requiredString(record, "organisasjonsnummer")
        _ = try requiredString(record, "navn")
        try checkForm(record)
        if kind == .underenhet { _ = try requiredString(record, "overordnetEnhet") }
        guard OrganizationNumber.isValid(number) else {
            throw RecordRejection("organisasjonsnummer \(number) is not a valid organisation number")
        }
        let (status, slettedato) = try readStatus(record)
        let reader = UnitBodyReader(kind: kind, organisasjonsnummer: number) { _ in Self.anyActiveEnhet }
        do {
            let document = try reader.read(record)
            return ImportedUnit(document: document, status: status, slettedato: slettedato)
        } catch let problem as ProblemDetails {
            throw RecordRejection(problem)
        } catch {
            throw RecordRejection("invalid record: \(error)")
        }
    }

    private func requiredString(_ record: UnitBodyMembers, _ field: String) throws(RecordRejection) -> String {
        guard let value = record[field], !value.isNull else { throw .missing(field) }
        guard let text = value.stringValue else { throw .wrongType(field, "a string") }
        guard !text.isEmpty else { throw .missing(field) }
        return text
    }

    /// `{kode, ...}` or the bare code, known and of this kind.
    private func checkForm(_ record: UnitBodyMembers) throws(RecordRejection) {
        guard let value = record["organisasjonsform"], !value.isNull else { throw .missing("organisasjonsform") }
        guard let code = value.stringValue ?? value["kode"]?.stringValue else {
            throw .wrongType("organisasjonsform", "a code or an object {kode}")
        }
        guard let form = OrganisationForm.byCode[code], form.kind == kind else {
            throw RecordRejection("organisasjonsform \(code) is unknown or not a form of an \(kind.rawValue)")
        }
    }

    /// `slettedato` marks a deleted unit; `"fjernet": true` a removed one, which needs a `slettedato`.
    private func readStatus(_ record: UnitBodyMembers) throws(RecordRejection) -> (UnitStatus, String?) {
        var slettedato: String?
        if let value = record["slettedato"], !value.isNull {
            guard let text = value.stringValue, CalendarDate.isValid(text) else {
                throw RecordRejection("field slettedato is not a date YYYY-MM-DD")
            }
            slettedato = text
        }
        var removed = false
        if let value = record["fjernet"], !value.isNull {
            guard let flag = value.boolValue else { throw .wrongType("fjernet", "a boolean") }
            removed = flag
        }
        if removed, slettedato == nil { throw RecordRejection("field fjernet is true without slettedato") }
        return (removed ? .removed : slettedato != nil ? .deleted : .active, slettedato)
    }

    /// Stands in for an underenhet's parent: the import checks parents against the enheter file
    /// itself (a missing one is a warning, not a rejection).
    private static let anyActiveEnhet: UnitRow? = OrganisationForm.enheter.first.map { form in
        UnitRow(document: UnitDocument(kind: .enhet, organisasjonsnummer: "000000000", navn: "-", form: form,
                                       optionalMembers: []), status: .active, slettedato: nil)
    }
}
