/// What the later passes need to know about every enhet, two bytes each: its form, its status, which
/// firm roles it has as a client, and whether it is a firm itself. Everything else about an enhet is
/// recomputed from the seed and its index when its record is written.
struct EnhetFacts: Sendable {
    /// Index into `FormProfile.all`.
    private(set) var forms: [UInt8]
    /// Bits 0–1 the status, bits 2–4 client of an accounting, audit or business-manager firm,
    /// bits 5–6 the firm kind + 1 (0: not a firm).
    private(set) var flags: [UInt8]
    /// Numbers of active public-sector enheter (KOMM, FYLK, STAT): parents of ORGL and ADOS units.
    let publicParents: [UInt32]

    var count: Int { forms.count }

    /// Draws forms, statuses and client roles for `numbers.count` enheter: exactly 2 % deleted and
    /// 0.1 % removed (rounded).
    init(numbers: [UInt32], seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: 2, index: 0)
        var forms = [UInt8](repeating: 0, count: numbers.count)
        var flags = [UInt8](repeating: 0, count: numbers.count)
        var parents: [UInt32] = []
        var anyActive = false
        var statuses = QuotaSampler(items: numbers.count, shares: [0.02, 0.001])
        for index in numbers.indices {
            let formIndex = FormProfile.draw(using: &random)
            let profile = FormProfile.all[formIndex]
            let status: GeneratedUnitStatus = switch statuses.next(using: &random) {
            case 0: .deleted
            case 1: .removed
            default: .active
            }
            forms[index] = UInt8(formIndex)
            flags[index] = status.rawValue | Self.clientBits(profile.code, status: status, using: &random)
            if status == .active {
                anyActive = true
                if profile.isPublicParent { parents.append(numbers[index]) }
            }
        }
        // Underenheter need an active parent; keep at least one.
        if !anyActive, !flags.isEmpty { flags[0] &= ~Self.statusMask }
        self.forms = forms
        self.flags = flags
        publicParents = parents
    }

    private static let statusMask: UInt8 = 0b11
    private static let firmShift: UInt8 = 5

    private static func clientBit(_ kind: FirmKind) -> UInt8 { 1 << (2 + UInt8(kind.rawValue)) }

    /// REGN for about 60 % and REVI for about 30 % of AS and ASA units, FFØR for about 80 % of BRL and
    /// ESEK units. Removed units have no roles.
    private static func clientBits(_ code: String, status: GeneratedUnitStatus, using random: inout SplitMix64) -> UInt8 {
        guard status != .removed else { return 0 }
        var bits: UInt8 = 0
        switch code {
        case "AS", "ASA":
            if random.chance(0.6) { bits |= clientBit(.accounting) }
            if random.chance(0.3) { bits |= clientBit(.audit) }
        case "BRL", "ESEK":
            if random.chance(0.8) { bits |= clientBit(.businessManager) }
        default:
            break
        }
        return bits
    }

    func profile(_ index: Int) -> FormProfile { FormProfile.all[Int(forms[index])] }

    func status(_ index: Int) -> GeneratedUnitStatus { GeneratedUnitStatus(rawValue: flags[index] & Self.statusMask) ?? .active }

    func isClient(_ index: Int, of kind: FirmKind) -> Bool { flags[index] & Self.clientBit(kind) != 0 }

    func firmKind(_ index: Int) -> FirmKind? {
        let value = Int(flags[index] >> Self.firmShift)
        return value == 0 ? nil : FirmKind(rawValue: value - 1)
    }

    /// Makes enhet `index` a firm of `kind`; a firm is nobody's client.
    mutating func makeFirm(_ index: Int, kind: FirmKind) {
        flags[index] = (flags[index] & Self.statusMask) | UInt8(kind.rawValue + 1) << Self.firmShift
    }

    /// How many enheter hold a role of `kind`'s firms.
    func clientCount(of kind: FirmKind) -> Int {
        let bit = Self.clientBit(kind)
        return flags.reduce(0) { $0 + ($1 & bit != 0 ? 1 : 0) }
    }
}
