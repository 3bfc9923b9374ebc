import Domain

extension RoleReading {
    private static let roleNames = ImportNameTable([
        "type", "person", "enhet", "fratraadt", "avregistrert", "valgtAv", "ansvarsandel", "fullmektige", "rekkefolge",
    ])
    private static let kodeNames = ImportNameTable(["kode"])
    private static let enhetNames = ImportNameTable(["organisasjonsnummer"])
    private static let typeNames = ImportNameTable(RoleType.all.map(\.code))

    /// One item of a group's `roller` by `RoleBodyReader.readRole`; false to fall back.
    mutating func readRole(_ item: Range<Int>, date: String?, isEnhet: (String) -> Bool) -> Bool {
        guard let found = value.members(of: item, Self.roleNames), let type = type(found[0]) else { return false }
        let holder: RoleHolder
        switch (present(found[1]), present(found[2])) {
        case (let person?, nil):
            guard let person = readPerson(person) else { return false }
            holder = .person(person)
        case (nil, let enhet?):
            guard let number = holderUnit(enhet) else { return false }
            noteHolderUnit(number, isEnhet: isEnhet)
            holder = .organisation(number)
        default:
            return false
        }
        guard let fratraadt = flag(found[3]), let avregistrert = flag(found[4]),
              let extra = extra(valgtAv: found[5], ansvarsandel: found[6], fullmektige: found[7]),
              let rekkefolge = rekkefolge(found[8]) else { return false }
        let record = RoleRecord(type: type, holder: holder, fratraadt: fratraadt, avregistrert: avregistrert,
                                extra: extra.isEmpty ? nil : String(decoding: extra, as: UTF8.self))
        guard insert(record) else { return false }
        roles.append(RoleRecordSplicer.FileRole(record: record, rekkefolge: rekkefolge, date: date))
        return true
    }

    /// A non-null value's range.
    func present(_ range: Range<Int>?) -> Range<Int>? {
        guard let range, !value.isNull(range) else { return nil }
        return range
    }

    /// The code string, or `{kode}`, of a known role type.
    private func type(_ range: Range<Int>?) -> String? {
        guard let range = present(range) else { return nil }
        var code = value.content(range)
        if code == nil {
            guard let kode = value.members(of: range, Self.kodeNames)?[0] else { return nil }
            code = value.content(kode)
        }
        guard let code, let slot = Self.typeNames.slot(value.bytes, code) else { return nil }
        return RoleType.all[slot].code
    }

    /// A valid organisation number in `{organisasjonsnummer}`.
    private func holderUnit(_ range: Range<Int>) -> String? {
        guard let found = value.members(of: range, Self.enhetNames),
              let numberRange = present(found[0]), let number = value.text(numberRange),
              OrganizationNumber.isValid(number) else { return nil }
        return number
    }

    /// A boolean, false when absent or null; nil for any other value.
    func flag(_ range: Range<Int>?) -> Bool? {
        guard let range = present(range) else { return false }
        return value.bool(range)
    }

    /// `rekkefolge` as `RoleRecordReader` reads it: a non-negative integer, else nil (in `.some`); nil
    /// to fall back for numbers other than plain non-negative integers.
    private func rekkefolge(_ range: Range<Int>?) -> Int?? {
        guard let range else { return .some(nil) }
        switch value.bytes[range.lowerBound] {
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let count = value.count(range) else { return nil }
            return .some(Int(count))
        default:
            return .some(nil)
        }
    }

    /// The stored extra fields (`RoleExtraFields.read`) as compact JSON, empty when none; nil to fall back
    /// (also for any `fullmektige`, left to the reader).
    private func extra(valgtAv: Range<Int>?, ansvarsandel: Range<Int>?, fullmektige: Range<Int>?) -> [UInt8]? {
        guard present(fullmektige) == nil else { return nil }
        var json: [UInt8] = []
        if let valgtAv = present(valgtAv) {
            guard let found = value.members(of: valgtAv, .codeObject) else { return nil }
            json.append(contentsOf: #"{"valgtAv":{"#.utf8)
            for (slot, name) in ["kode", "beskrivelse"].enumerated() {
                guard let range = found[slot], value.content(range) != nil else { continue }
                if json.last != UInt8(ascii: "{") { json.append(UInt8(ascii: ",")) }
                json.append(contentsOf: "\"\(name)\":".utf8)
                value.append(range, to: &json)
            }
            json.append(UInt8(ascii: "}"))
        }
        if let ansvarsandel = present(ansvarsandel) {
            guard value.content(ansvarsandel) != nil else { return nil }
            json.append(contentsOf: (json.isEmpty ? #"{"ansvarsandel":"# : #","ansvarsandel":"#).utf8)
            value.append(ansvarsandel, to: &json)
        }
        if !json.isEmpty { json.append(UInt8(ascii: "}")) }
        return json
    }
}
