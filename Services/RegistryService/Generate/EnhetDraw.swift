/// The drawn content of one enhet record beyond its facts and identity: flags, counts and dates.
/// Drawn before writing because the §4.1 field order puts dates before the flags they depend on.
struct EnhetDraw {
    var place: Place
    var postalPlace: Place?
    var street: String
    var postBox: String
    var mva = false
    var foretak = false
    var frivillighet = false
    var employees: Int?
    var konkurs = false
    var underAvvikling = false
    var tvangsavvikling = false
    var nynorsk = false
    var secondIndustry: IndustryCode?
    var stiftet: SyntheticDate?
    var konkursdato: SyntheticDate?
    var avviklingsdato: SyntheticDate?
    var ansatteRegistrert: SyntheticDate?
    var slettet: SyntheticDate?
    var annualAccounts: String?

    init(profile: FormProfile, firm: FirmKind?, status: GeneratedUnitStatus, registered: SyntheticDate,
         hasIndustry: Bool, using random: inout SplitMix64) {
        place = random.pick(Place.all)
        postalPlace = random.chance(0.12) ? random.pick(Place.all) : nil
        street = StreetAddress.line(using: &random)
        postBox = StreetAddress.postBox(using: &random)
        let business = profile.isBusiness
        mva = firm != nil || (business && random.chance(0.65))
        foretak = random.chance(profile.foretaksregisterShare)
        frivillighet = (profile.code == "FLI" || profile.code == "STI") && random.chance(0.4)
        if firm != nil || (business && random.chance(0.45)) {
            employees = Self.employeeCount(firm: firm, using: &random)
        }
        if firm == nil {
            konkurs = business && random.chance(0.005)
            underAvvikling = random.chance(0.01)
            tvangsavvikling = random.chance(0.003)
        }
        nynorsk = random.chance(0.1)
        if hasIndustry && random.chance(0.08) { secondIndustry = random.pick(IndustryCode.commercial) }
        drawDates(business: business, status: status, registered: registered, using: &random)
        if profile.code == "AS" || profile.code == "ASA", status == .active, registered.components.year < 2024 {
            annualAccounts = random.chance(0.85) ? "2024" : "2023"
        }
    }

    private mutating func drawDates(business: Bool, status: GeneratedUnitStatus, registered: SyntheticDate,
                                    using random: inout SplitMix64) {
        let latest = SyntheticDate.latest
        if business {
            stiftet = random.chance(0.15)
                ? SyntheticDate.random(from: .earliest, to: registered, using: &random)
                : max(.earliest, registered.adding(days: -random.below(90)))
        }
        if konkurs { konkursdato = SyntheticDate.random(from: registered, to: latest, using: &random) }
        if underAvvikling { avviklingsdato = SyntheticDate.random(from: registered, to: latest, using: &random) }
        if employees != nil { ansatteRegistrert = SyntheticDate.random(from: registered, to: latest, using: &random) }
        if status != .active {
            slettet = SyntheticDate.random(from: min(latest, registered.adding(days: 30)), to: latest, using: &random)
        }
    }

    /// Most units are small: 1 to 1023 employees, log-uniform (integer arithmetic only, so no libm
    /// rounding can differ between builds); firms 5–400.
    static func employeeCount(firm: FirmKind?, using random: inout SplitMix64) -> Int {
        if firm != nil { return random.within(5...400) }
        let magnitude = random.below(10)
        return random.within((1 << magnitude)...((2 << magnitude) - 1))
    }
}
