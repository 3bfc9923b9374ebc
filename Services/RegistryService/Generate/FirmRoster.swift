/// The accounting, audit and business-manager firms: active AS units chosen from the enheter, about
/// 0.5 %, 0.2 % and 0.1 % of the AS units, at least one of each kind when there are enough active AS
/// units (`registry.md` §7).
struct FirmRoster: Sendable {
    struct Firm: Sendable {
        let number: String
        let name: String
    }

    /// Indexed by `FirmKind.rawValue`; the first firm of each kind is the one made largest.
    let firms: [[Firm]]

    func firms(of kind: FirmKind) -> [Firm] { firms[kind.rawValue] }

    /// Chooses the firms with selection sampling over the active AS units, then marks them in `facts`.
    init(facts: inout EnhetFacts, numbers: [UInt32], seed: UInt64) {
        let asIndex = FormProfile.index(of: "AS")
        var asCount = 0
        var eligible = 0
        for index in 0..<facts.count where facts.forms[index] == asIndex {
            asCount += 1
            if facts.status(index) == .active { eligible += 1 }
        }
        let counts = Self.counts(asUnits: asCount, eligible: eligible)
        var random = SplitMix64(seed: seed, stream: 5, index: 0)
        var chosen: [Int] = []
        var needed = counts.reduce(0, +)
        var left = eligible
        for index in 0..<facts.count where needed > 0 && facts.forms[index] == asIndex {
            guard facts.status(index) == .active else { continue }
            if random.below(left) < needed {
                chosen.append(index)
                needed -= 1
            }
            left -= 1
        }
        random.shuffle(&chosen)
        let profile = FormProfile.all[asIndex]
        var firms: [[Firm]] = []
        var next = 0
        for kind in FirmKind.allCases {
            let slice = chosen[next..<next + counts[kind.rawValue]]
            next += counts[kind.rawValue]
            firms.append(slice.map { index in
                facts.makeFirm(index, kind: kind)
                return Firm(number: String(numbers[index]),
                            name: UnitIdentity(seed: seed, index: index, profile: profile).name)
            })
        }
        self.firms = firms
    }

    /// Firms wanted per kind, at least one each, cut down to the eligible units: the largest count
    /// first, and among equal counts the rarer kind (business managers, then auditors) first.
    private static func counts(asUnits: Int, eligible: Int) -> [Int] {
        var counts = FirmKind.allCases.map { max(1, Int((Double(asUnits) * $0.shareOfAS).rounded())) }
        while counts.reduce(0, +) > eligible {
            guard let cut = counts.indices.max(by: { (counts[$0], $0) < (counts[$1], $1) }) else { break }
            counts[cut] -= 1
        }
        return counts
    }
}
