/// Hands out the firm of one kind for each client in turn. The first firm takes just enough clients
/// to reach min(5000, 20 % of the clients) exactly, spread evenly over the file; the others share
/// the rest unevenly (firm j's share falls like 1/√j), as real client bases do (`registry.md` §7).
struct FirmAssigner: Sendable {
    private let firms: [FirmRoster.Firm]
    private let clients: Int
    private let target: Int
    private var seen = 0
    private var largestCount = 0

    /// - Parameter clients: how many enheter will ask, so the target is met exactly at the end.
    init(firms: [FirmRoster.Firm], clients: Int) {
        self.firms = firms
        self.clients = max(1, clients)
        target = min(5000, (clients + 4) / 5)
    }

    /// The firm for the next client, or nil when there is no firm of this kind.
    mutating func next(using random: inout SplitMix64) -> FirmRoster.Firm? {
        guard let first = firms.first else { return nil }
        seen += 1
        // Invariant: after k clients the first firm has at least ⌈target·k / clients⌉ of them.
        if firms.count == 1 || largestCount * clients < target * seen {
            largestCount += 1
            return first
        }
        let u = random.unit()
        return firms[1 + Int(Double(firms.count - 1) * u * u)]
    }
}
