import Domain

extension UnitRecordSplicer {
    private static let addressNames = ImportNameTable(UnitField.addressFields)
    private static let addressKeys = UnitField.addressFields.map { Array("\"\($0)\":".utf8) }
    private static let maalformer: [[UInt8]] = [Array("Bokmål".utf8), Array("Nynorsk".utf8)]

    /// Appends the optional fields in stored order (`UnitBodyReader.read`); false to fall back.
    mutating func appendFields(_ value: ImportValueReader) -> Bool {
        let counts = layout.employeesFlag.flatMap { found[$0] }.map { value.bool($0) == true } ?? false
        for slot in layout.fields.indices {
            let field = layout.fields[slot]
            guard let range = found[slot], !value.isNull(range) else {
                if field.type == .parent, layout.kind == .underenhet { return false }
                continue
            }
            if field.type == .employees, !counts { continue }
            let mark = document.count
            document.append(contentsOf: layout.keys[slot])
            guard let stored = appendValue(field.type, range, value) else { return false }
            if !stored { document.removeSubrange(mark...) }
            noteColumn(slot, range, value)
        }
        return true
    }

    /// Appends the stored form of one field's value: true when appended, false when the field is left out
    /// (an address without members), nil to fall back.
    private mutating func appendValue(_ type: UnitField.FieldType, _ range: Range<Int>,
                                      _ value: ImportValueReader) -> Bool? {
        switch type {
        case .text:
            guard value.content(range) != nil else { return nil }
        case .flag:
            guard value.bool(range) != nil else { return nil }
        case .textList:
            return appendTextList(range, value) ? true : nil
        case .date:
            guard let text = value.text(range), CalendarDate.isValid(text) else { return nil }
        case .address:
            return appendAddress(range, value)
        case .code(let industry):
            return appendCode(range, value, industry: industry) ? true : nil
        case .employees:
            guard value.count(range) != nil else { return nil }
        case .maalform:
            guard let content = value.content(range),
                  Self.maalformer.contains(where: { value.equals(content, $0) }) else { return nil }
        case .parent:
            // An underenhet's parent is checked against the enheter file by the caller (a warning).
            guard let text = value.text(range), OrganizationNumber.isValid(text) else { return nil }
        }
        value.append(range, to: &document)
        return true
    }

    /// An array of strings, written compactly.
    private mutating func appendTextList(_ range: Range<Int>, _ value: ImportValueReader) -> Bool {
        document.append(UInt8(ascii: "["))
        var first = true
        let complete = value.items(of: range) { item in
            guard value.content(item) != nil else { return false }
            if !first { document.append(UInt8(ascii: ",")) }
            first = false
            value.append(item, to: &document)
            return true
        }
        document.append(UInt8(ascii: "]"))
        return complete
    }

    /// The address members in `UnitField.addressFields` order; false (nothing appended) when it has none.
    private mutating func appendAddress(_ range: Range<Int>, _ value: ImportValueReader) -> Bool? {
        guard let members = value.members(of: range, Self.addressNames) else { return nil }
        document.append(UInt8(ascii: "{"))
        let start = document.count
        for (slot, member) in members.enumerated() {
            guard let member, !value.isNull(member) else { continue }
            if document.count > start { document.append(UInt8(ascii: ",")) }
            document.append(contentsOf: Self.addressKeys[slot])
            let name = UnitField.addressFields[slot]
            if name == "adresse" {
                guard appendTextList(member, value) else { return nil }
                continue
            }
            guard let content = value.content(member) else { return nil }
            if name == "postnummer" || name == "kommunenummer", !value.isFourDigits(content) { return nil }
            value.append(member, to: &document)
        }
        document.append(UInt8(ascii: "}"))
        return document.count > start + 1
    }

    /// `{kode, beskrivelse}` with a string `kode` (`NN.NNN` for industry codes).
    private mutating func appendCode(_ range: Range<Int>, _ value: ImportValueReader, industry: Bool) -> Bool {
        guard let members = value.members(of: range, .codeObject), let kode = members[0],
              let content = value.content(kode) else { return false }
        if industry, !value.isIndustryCode(content) { return false }
        document.append(contentsOf: #"{"kode":"#.utf8)
        value.append(kode, to: &document)
        if let beskrivelse = members[1], !value.isNull(beskrivelse) {
            guard value.content(beskrivelse) != nil else { return false }
            document.append(contentsOf: #","beskrivelse":"#.utf8)
            value.append(beskrivelse, to: &document)
        }
        document.append(UInt8(ascii: "}"))
        return true
    }

    /// What the stored field adds to the columns (`UnitColumns`).
    private mutating func noteColumn(_ slot: Int, _ range: Range<Int>, _ value: ImportValueReader) {
        switch layout.columns[slot] {
        case .parent: parts.parent = value.text(range)
        case .registreringsdato: parts.registreringsdato = value.text(range)
        case .nedleggelsesdato: parts.nedleggelsesdato = value.text(range)
        case .antallAnsatte: parts.antallAnsatte = value.count(range)
        case .flag(let index): parts.flags[index] = value.bool(range) ?? false
        case .industry(let index): parts.industry[index] = member("kode", of: range, value)
        case .address(let postal): parts.municipalities[postal ? 1 : 0] = member("kommunenummer", of: range, value)
        case nil: break
        }
    }

    /// The text of the first member `name` of the object at `range`.
    private func member(_ name: StaticString, of range: Range<Int>, _ value: ImportValueReader) -> String? {
        var cursor = ImportJSONCursor(value.bytes, count: range.upperBound, at: range.lowerBound)
        var text: String?
        _ = cursor.object { memberName, member in
            guard value.equals(memberName, name) else { return true }
            text = value.text(member)
            return false
        }
        return text
    }
}
