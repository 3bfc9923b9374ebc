/// What `RoleRecordSplicer` has read of one record so far: the roles in file order, the holder units
/// missing from the enheter file (first appearance first, as `RoleRecordReader` lists them), and the
/// type-and-holder pairs seen, which must not repeat.
struct RoleReading {
    let value: ImportValueReader
    var roles: [RoleRecordSplicer.FileRole] = []
    var missing: [String] = []
    private var seen: [HolderKey] = []
    private var seenSet: Set<HolderKey> = []

    private struct HolderKey: Hashable {
        let type: String
        let holder: String
    }

    /// Past this many keyed roles the repeat check uses a set instead of a scan.
    private static let scanLimit = 32

    init(value: ImportValueReader) { self.value = value }

    /// Notes a holder unit that is not an enhet of the file (§6: a warning, the role stands).
    mutating func noteHolderUnit(_ number: String, isEnhet: (String) -> Bool) {
        if !isEnhet(number), !missing.contains(number) { missing.append(number) }
    }

    /// False when the record already has a role of this type and holder.
    mutating func insert(_ record: RoleRecord) -> Bool {
        guard let holder = record.holderKey else { return true }
        let key = HolderKey(type: record.type, holder: holder)
        if seen.count < Self.scanLimit {
            guard !seen.contains(key) else { return false }
            seen.append(key)
            if seen.count == Self.scanLimit { seenSet = Set(seen) }
            return true
        }
        return seenSet.insert(key).inserted
    }
}
