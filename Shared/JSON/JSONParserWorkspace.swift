/// What a parser keeps from one document to the next: a buffer for strings with escapes, and the
/// member names it has seen, so a stream of similar records reuses them instead of allocating.
struct JSONParserWorkspace {
    var scratch: [UInt8] = []
    var names = JSONNameCache()
    /// Member counts of the last objects parsed at depths 1–8: records repeat their shape, so
    /// reserving that much saves the array's regrowth.
    private var memberCounts = [Int](repeating: 0, count: 8)

    func expectedMemberCount(atDepth depth: Int) -> Int {
        depth <= memberCounts.count ? memberCounts[depth - 1] : 0
    }

    mutating func noteMemberCount(_ count: Int, atDepth depth: Int) {
        if depth <= memberCounts.count { memberCounts[depth - 1] = count }
    }
}
