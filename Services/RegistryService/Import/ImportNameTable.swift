/// Member names to slot numbers, looked up straight from input bytes (no `String` per member, no call
/// per comparison): the names lie in one buffer, grouped by length, and are compared eight bytes at a
/// time. The first of a repeated name in `names` keeps its slot.
struct ImportNameTable: Sendable {
    private let storage: [UInt8]
    /// Per length, the range of `entries` holding names of that length.
    private let groups: [Range<Int>]
    private let entries: [(offset: Int, slot: Int)]
    /// The number of slots: one per name given.
    let slotCount: Int

    /// `{kode, beskrivelse}`, the shape of every code object in the files.
    static let codeObject = ImportNameTable(["kode", "beskrivelse"])

    init(_ names: [String]) {
        let longest = names.map(\.utf8.count).max() ?? 0
        var storage: [UInt8] = []
        var groups: [Range<Int>] = []
        var entries: [(offset: Int, slot: Int)] = []
        for length in 0...longest {
            let start = entries.count
            var seen: Set<String> = []
            for (slot, name) in names.enumerated() where name.utf8.count == length && seen.insert(name).inserted {
                entries.append((storage.count, slot))
                storage.append(contentsOf: name.utf8)
            }
            groups.append(start..<entries.count)
        }
        self.storage = storage
        self.groups = groups
        self.entries = entries
        slotCount = names.count
    }

    func slot(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int? {
        let count = range.count
        guard count < groups.count else { return nil }
        return storage.withUnsafeBufferPointer { names -> Int? in
            guard let base = names.baseAddress else { return nil }
            for entry in entries[groups[count]] where Self.equal(base + entry.offset, bytes + range.lowerBound, count) {
                return entry.slot
            }
            return nil
        }
    }

    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count >= 8 else {
            for index in 0..<count where a[index] != b[index] { return false }
            return true
        }
        var offset = 0
        while offset < count - 8 {
            guard word(a + offset) == word(b + offset) else { return false }
            offset += 8
        }
        return word(a + count - 8) == word(b + count - 8)
    }

    @inline(__always)
    private static func word(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    }
}
