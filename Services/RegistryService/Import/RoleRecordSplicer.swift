import Domain

/// The import's fast path for one roller record: checks it by the rules of `RoleRecordReader` and
/// `RoleBodyReader` (§6, §5.4) straight on the input bytes, without a `JSONValue` tree, and gives the
/// very `ImportedRoles` the reader gives, through the reader's own ordering (`RoleRecordReader.order`).
///
/// Like `UnitRecordSplicer` it only ever accepts. Anything it does not fully accept (a rejection, a
/// repeated member name, an escape, a number other than a plain `rekkefolge`, `fullmektige`, a record
/// going on past the buffer) gets nil, and the record goes through `JSONParser` and `RoleRecordReader`
/// as before, so rejections, their messages and syntax errors stay exactly as they were.
struct RoleRecordSplicer {
    /// `sistEndret` of groups the file gives no date for.
    let today: String

    /// One role as the file gives it, before ordering.
    struct FileRole {
        let record: RoleRecord
        let rekkefolge: Int?
        let date: String?
    }

    private static let recordNames = ImportNameTable(["organisasjonsnummer", "rollegrupper"])
    private static let groupNames = ImportNameTable(["sistEndret", "roller"])

    /// The roles of the record that starts at `buffer[0]`, and the record's length in bytes; nil to fall
    /// back to the parser. `isEnhet` tells holder units of the enheter file (the others are warnings).
    func splice(_ buffer: UnsafeRawBufferPointer,
                isEnhet: (String) -> Bool) -> (roles: ImportedRoles, length: Int)? {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), !buffer.isEmpty,
              base[0] == UInt8(ascii: "{") else { return nil }
        var found: [Range<Int>?] = [nil, nil]
        var cursor = ImportJSONCursor(base, count: buffer.count)
        guard cursor.members(Self.recordNames, into: &found) else { return nil }
        let value = ImportValueReader(bytes: base)
        guard let numberRange = found[0], let number = value.text(numberRange), OrganizationNumber.isValid(number),
              let groups = found[1] else { return nil }
        var reading = RoleReading(value: value)
        guard read(groups, &reading, isEnhet: isEnhet) else { return nil }
        let roles = RoleRecordReader.order(reading.roles.map(\.record), rekkefolge: reading.roles.map(\.rekkefolge),
                                           dates: reading.roles.map(\.date), number: number,
                                           missing: reading.missing, today: today)
        return (roles, cursor.index)
    }

    /// `rollegrupper`: objects with an optional `sistEndret` date and a `roller` array.
    private func read(_ groups: Range<Int>, _ reading: inout RoleReading, isEnhet: (String) -> Bool) -> Bool {
        let value = reading.value
        return value.items(of: groups) { group in
            guard let found = value.members(of: group, Self.groupNames) else { return false }
            var date: String?
            if let range = found[0], !value.isNull(range) {
                guard let text = value.text(range), CalendarDate.isValid(text) else { return false }
                date = text
            }
            guard let roller = found[1] else { return false }
            return value.items(of: roller) { item in reading.readRole(item, date: date, isEnhet: isEnhet) }
        }
    }
}
