import Domain

/// The import's fast path for one enheter or underenheter record: checks it by the rules of
/// `UnitRecordReader` and `UnitBodyReader` (the `UnitField` table) straight on the input bytes, and splices
/// the stored document out of them, without a `JSONValue` tree or re-encoding.
///
/// It only ever accepts. Anything it does not fully accept (a rejection, a repeated member name, an
/// escape in a string, a number that is not a plain integer where one is read, ...) gets nil, and the
/// record then goes through `JSONParser` and `UnitRecordReader` as before: rejections, their messages and
/// syntax errors stay exactly as they were. A record it accepts is valid JSON by the parser's rules
/// (`ImportJSONCursor`), and gives the very `ImportedUnit` the reader gives (`UnitSplicerTests`).
struct UnitRecordSplicer {
    let layout: UnitSplicerLayout
    /// Per slot, the value's range in the record (quotes included).
    var found: [Range<Int>?]
    /// The stored document being spliced.
    var document: [UInt8] = []
    /// The columns read on the way, in `UnitColumns` terms.
    var parts = Parts()

    struct Parts {
        var parent: String?
        var registreringsdato: String?
        var nedleggelsesdato: String?
        var antallAnsatte: Int64?
        var flags = [Bool](repeating: false, count: UnitFlag.allCases.count)
        var industry: [String?] = [nil, nil, nil]
        var municipalities: [String?] = [nil, nil]
    }

    init(kind: OrganisationForm.UnitKind) {
        layout = .of(kind)
        found = Array(repeating: nil, count: layout.slotCount)
        document.reserveCapacity(2048)
    }

    /// The unit of the record that starts at `buffer[0]`, and the record's length in bytes; nil to fall
    /// back to the parser (also when the record may go on past `buffer`).
    mutating func splice(_ buffer: UnsafeRawBufferPointer) -> (unit: ImportedUnit, length: Int)? {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), !buffer.isEmpty,
              base[0] == UInt8(ascii: "{") else { return nil }
        let record = ImportJSONCursor(base, count: buffer.count)
        guard let length = findMembers(record) else { return nil }
        guard let unit = readUnit(record) else { return nil }
        return (unit, length)
    }

    /// Fills `found`; nil unless the record is an accepted object without repeated known names.
    private mutating func findMembers(_ record: ImportJSONCursor) -> Int? {
        for slot in found.indices { found[slot] = nil }
        var cursor = record
        return cursor.members(layout.names, into: &found) ? cursor.index : nil
    }

    private mutating func readUnit(_ record: ImportJSONCursor) -> ImportedUnit? {
        let value = ImportValueReader(bytes: record.bytes)
        guard let numberRange = found[layout.numberSlot], let number = value.text(numberRange),
              OrganizationNumber.isValid(number),
              let navnRange = found[layout.navnSlot], let navnText = value.content(navnRange),
              !navnText.isEmpty, navnText.count <= 180,  // bytes: never fewer than characters
              let formRange = found[layout.formSlot], let formSlot = formSlot(value, formRange),
              let (status, slettedato) = status(value) else { return nil }
        parts = Parts()
        document.removeAll(keepingCapacity: true)
        document.append(contentsOf: #"{"organisasjonsnummer":"#.utf8)
        value.append(numberRange, to: &document)
        document.append(contentsOf: #","navn":"#.utf8)
        value.append(navnRange, to: &document)
        document.append(contentsOf: #","organisasjonsform":"#.utf8)
        document.append(contentsOf: layout.formValues[formSlot].bytes)
        guard appendFields(value) else { return nil }
        document.append(UInt8(ascii: "}"))
        let columns = UnitColumns(parent: parts.parent, registreringsdato: parts.registreringsdato,
                                  nedleggelsesdato: parts.nedleggelsesdato, antallAnsatte: parts.antallAnsatte,
                                  flags: parts.flags, industry: parts.industry, municipalities: parts.municipalities)
        return ImportedUnit(organisasjonsnummer: number, kind: layout.kind, status: status, slettedato: slettedato,
                            text: String(decoding: document, as: UTF8.self), navn: value.string(navnText),
                            form: layout.formValues[formSlot].form.code, columns: columns)
    }

    /// The bare code or `{kode}` (its first `kode`), a form of this kind.
    private func formSlot(_ value: ImportValueReader, _ range: Range<Int>) -> Int? {
        if let code = value.content(range) { return layout.forms.slot(value.bytes, code) }
        var kode: Range<Int>?
        var cursor = ImportJSONCursor(value.bytes, count: range.upperBound, at: range.lowerBound)
        let complete = cursor.object { name, member in
            guard value.equals(name, "kode") else { return true }
            guard kode == nil else { return false }
            kode = member
            return true
        }
        guard complete, let kode, let code = value.content(kode) else { return nil }
        return layout.forms.slot(value.bytes, code)
    }

    /// `slettedato` (a valid date) and `fjernet` (a boolean, true only with a `slettedato`).
    private func status(_ value: ImportValueReader) -> (UnitStatus, String?)? {
        var slettedato: String?
        if let range = found[layout.slettedatoSlot], !value.isNull(range) {
            guard let text = value.text(range), CalendarDate.isValid(text) else { return nil }
            slettedato = text
        }
        var removed = false
        if let range = found[layout.fjernetSlot], !value.isNull(range) {
            guard let flag = value.bool(range) else { return nil }
            removed = flag
        }
        if removed, slettedato == nil { return nil }
        return (removed ? .removed : slettedato != nil ? .deleted : .active, slettedato)
    }
}
