import Foundation

/// Recently seen member names longer than Swift's small-string limit (15 UTF-8 bytes; shorter ones
/// never allocate). Records repeat the same names, so one `String` per name serves them all; a
/// direct-mapped table of 256 slots (so at most 256 names of at most 64 bytes) keeps the lookup to
/// one hash and one `memcmp`.
struct JSONNameCache {
    private static let slotCount = 256
    private static let longestCached = 64
    private var slots: [String] = []

    /// The name spelled by `bytes`, which must be valid UTF-8.
    mutating func name(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        guard count > 15, count <= Self.longestCached, let base = bytes.baseAddress else {
            return String(decoding: bytes, as: UTF8.self)
        }
        if slots.isEmpty { slots = Array(repeating: "", count: Self.slotCount) }
        let head = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
        let tail = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
        let hash = ((head &* 0x9E37_79B9_7F4A_7C15) ^ tail ^ UInt64(count)) &* 0xBF58_476D_1CE4_E5B9
        let slot = Int(truncatingIfNeeded: hash >> 56)
        var cached = slots[slot]
        if cached.utf8.count == count,
           cached.withUTF8({ $0.baseAddress.map { memcmp($0, base, count) == 0 } ?? false }) {
            return cached
        }
        let name = String(decoding: bytes, as: UTF8.self)
        slots[slot] = name
        return name
    }
}
