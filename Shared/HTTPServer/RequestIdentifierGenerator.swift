/// Random version-4 UUIDs in lowercase text, without a system call each: a per-thread xoshiro256**
/// generator seeded from the system's random source. Request ids trace requests; they are not secrets.
struct RequestIdentifierGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init() {
        var system = SystemRandomNumberGenerator()
        s0 = system.next()
        s1 = system.next()
        s2 = system.next()
        s3 = system.next() | 1
    }

    mutating func next() -> String {
        let high = nextRandom() & 0xffff_ffff_ffff_0fff | 0x0000_0000_0000_4000  // version 4
        let low = nextRandom() & 0x3fff_ffff_ffff_ffff | 0x8000_0000_0000_0000   // variant 10
        return String(unsafeUninitializedCapacity: 36) { out in
            var position = 0
            func put(_ value: UInt64, nibbles: Int) {
                for shift in stride(from: (nibbles - 1) * 4, through: 0, by: -4) {
                    let nibble = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0xf
                    out[position] = nibble < 10 ? 48 + nibble : 87 + nibble
                    position += 1
                }
            }
            func dash() { out[position] = UInt8(ascii: "-"); position += 1 }
            put(high >> 32, nibbles: 8); dash()
            put(high >> 16, nibbles: 4); dash()
            put(high, nibbles: 4); dash()
            put(low >> 48, nibbles: 4); dash()
            put(low, nibbles: 12)
            return position
        }
    }

    private mutating func nextRandom() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
