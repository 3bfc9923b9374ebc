/// Deterministic test bytes: a SplitMix64 generator and a mix of text-like and random runs.
struct TestData {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextRandom() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(nextRandom() % UInt64(bound)) }

    /// `count` bytes alternating between compressible records, random bytes and long runs.
    mutating func variedBytes(count: Int) -> [UInt8] {
        let words = ["KVIKK ", "SMIDIG ", "OTER ", "AS", "{\"organisasjonsnummer\":\"", "\",\"navn\":\"", "ÆØÅ ", "\n"]
            .map { Array($0.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 4096)
        while bytes.count < count {
            let runLength = 1 + next(below: 4000)
            switch next(below: 3) {
            case 0:
                while bytes.count < count && runLength > 0 {
                    bytes.append(contentsOf: words[next(below: words.count)])
                    if next(below: 50) == 0 { break }
                }
            case 1:
                for _ in 0..<(runLength + 7) / 8 {
                    withUnsafeBytes(of: nextRandom()) { bytes.append(contentsOf: $0) }
                }
            default:
                bytes.append(contentsOf: repeatElement(UInt8(truncatingIfNeeded: nextRandom()), count: runLength))
            }
        }
        return Array(bytes.prefix(count))
    }
}
