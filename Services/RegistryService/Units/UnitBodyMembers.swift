import JSON

/// The members of a unit body that the unit rules read, found in one pass over the object: slot `i` holds
/// `UnitField.optionalFields(kind)[i]`, then the fixed names of `fixedNames`. A repeated name keeps its
/// first value, as `JSONValue`'s subscript does. Readers used to look each of ~35 names up by a linear
/// search of the members (a string comparison per member per field); this is one hash per member.
struct UnitBodyMembers {
    /// Names read besides the optional fields, in slot order after them.
    static let fixedNames = ["organisasjonsnummer", "navn", "organisasjonsform", "slettedato", "fjernet"]

    private var values: [JSONValue?]
    private let kind: OrganisationForm.UnitKind

    init(_ body: JSONValue, kind: OrganisationForm.UnitKind) {
        self.kind = kind
        let slots = Self.slots(kind)
        values = Array(repeating: nil, count: slots.count)
        guard case .object(let members) = body else { return }
        for (name, value) in members {
            guard let slot = slots[name], values[slot] == nil else { continue }
            values[slot] = value
        }
    }

    /// The value of the optional field at `index` of `UnitField.optionalFields(kind)`.
    subscript(field index: Int) -> JSONValue? { values[index] }

    /// The value of one of `fixedNames`, or of an optional field by name.
    subscript(name: String) -> JSONValue? {
        Self.slots(kind)[name].flatMap { values[$0] }
    }

    private static func slots(_ kind: OrganisationForm.UnitKind) -> [String: Int] {
        kind == .enhet ? enhetSlots : underenhetSlots
    }

    private static let enhetSlots = makeSlots(.enhet)
    private static let underenhetSlots = makeSlots(.underenhet)

    private static func makeSlots(_ kind: OrganisationForm.UnitKind) -> [String: Int] {
        let names = UnitField.optionalFields(kind).map(\.name) + fixedNames
        var slots: [String: Int] = [:]
        for (index, name) in names.enumerated() where slots[name] == nil { slots[name] = index }
        return slots
    }
}
