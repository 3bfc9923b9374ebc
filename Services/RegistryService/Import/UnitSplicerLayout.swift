import JSON

/// What `UnitRecordSplicer` knows of one unit kind, computed once: the member slots (the optional fields
/// of `UnitField.optionalFields(kind)` in stored order, then `UnitBodyMembers.fixedNames`), each field's
/// `,"name":` bytes and column, and the kind's forms with their stored `{kode, beskrivelse}` bytes.
struct UnitSplicerLayout: Sendable {
    let kind: OrganisationForm.UnitKind
    let fields: [UnitField]
    let names: ImportNameTable
    /// `,"name":` of each optional field.
    let keys: [[UInt8]]
    let columns: [UnitColumns.Member?]
    let employeesFlag: Int?
    let forms: ImportNameTable
    /// The kind's forms in `forms`' slot order, with the stored `organisasjonsform` value.
    let formValues: [(form: OrganisationForm, bytes: [UInt8])]

    var slotCount: Int { fields.count + UnitBodyMembers.fixedNames.count }
    var numberSlot: Int { fields.count }
    var navnSlot: Int { fields.count + 1 }
    var formSlot: Int { fields.count + 2 }
    var slettedatoSlot: Int { fields.count + 3 }
    var fjernetSlot: Int { fields.count + 4 }

    static let enhet = UnitSplicerLayout(.enhet)
    static let underenhet = UnitSplicerLayout(.underenhet)

    static func of(_ kind: OrganisationForm.UnitKind) -> UnitSplicerLayout { kind == .enhet ? enhet : underenhet }

    private init(_ kind: OrganisationForm.UnitKind) {
        self.kind = kind
        fields = UnitField.optionalFields(kind)
        precondition(UnitBodyMembers.fixedNames == ["organisasjonsnummer", "navn", "organisasjonsform", "slettedato",
                                                    "fjernet"], "the fixed slots above follow this order")
        names = ImportNameTable(fields.map(\.name) + UnitBodyMembers.fixedNames)
        keys = fields.map { Array(",\"\($0.name)\":".utf8) }
        columns = fields.map { UnitColumns.member($0.name, kind: kind) }
        employeesFlag = fields.firstIndex { $0.name == "harRegistrertAntallAnsatte" }
        let kindForms = OrganisationForm.all.filter { $0.kind == kind }
        forms = ImportNameTable(kindForms.map(\.code))
        formValues = kindForms.map { form in
            (form, JSONValue.object([("kode", .string(form.code)), ("beskrivelse", .string(form.description))]).encoded())
        }
    }
}
