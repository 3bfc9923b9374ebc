/// The name and registration date of an enhet, computed from the seed and its index alone, so the
/// records that mention an enhet (its underenheter, the roles its firm holds) can recompute them.
struct UnitIdentity: Sendable {
    let name: String
    let registered: SyntheticDate

    /// The Enhetsregisteret opened in 1995; registrations grow more frequent towards the present.
    static let firstRegistration = SyntheticDate(year: 1995, month: 2, day: 1)
    static let lastRegistration = SyntheticDate(year: 2025, month: 6, day: 30)

    init(seed: UInt64, index: Int, profile: FormProfile) {
        var random = SplitMix64(seed: seed, stream: 3, index: index)
        let adjectives = NameWords.adjectives
        let first = random.below(adjectives.count)
        var second = random.below(adjectives.count - 1)
        if second >= first { second += 1 }
        let noun = NameWords.nouns[random.below(NameWords.nouns.count)]
        name = adjectives[first] + " " + adjectives[second] + " " + noun + " " + profile.suffix
        let span = Self.lastRegistration.day - Self.firstRegistration.day
        registered = Self.firstRegistration.adding(days: Int(Double(span) * random.unit().squareRoot()))
    }

    /// The enhet's `naeringskode1`, or nil; its underenheter carry the same code.
    static func industry(seed: UInt64, index: Int, profile: FormProfile, firm: FirmKind?) -> IndustryCode? {
        if let firm { return firm.industry }
        var random = SplitMix64(seed: seed, stream: 4, index: index)
        guard !profile.industries.isEmpty, random.chance(profile.industryShare) else { return nil }
        return random.pick(profile.industries)
    }
}
