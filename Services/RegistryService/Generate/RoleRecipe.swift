/// Which roles an enhet of a given form gets (`registry.md` §7), as slots in the group order of
/// §9.3; `RoleRecordBuilder` fills them with persons and firms.
enum RoleRecipe {
    enum Slot: Sendable {
        case person(String)
        case firm(FirmKind)
    }

    /// - Parameters:
    ///   - isClient: whether the enhet holds the role of a firm of that kind (drawn in `EnhetFacts`).
    ///   - isFirm: firms always have a daglig leder.
    static func slots(form: String, isClient: (FirmKind) -> Bool, isFirm: Bool,
                      using random: inout SplitMix64) -> [Slot] {
        var slots: [Slot] = []
        switch form {
        case "AS", "ASA":
            if isFirm || random.chance(0.92) { slots.append(.person("DAGL")) }
            slots.append(.person("LEDE"))
            for _ in 0..<boardMembers(using: &random) { slots.append(.person("MEDL")) }
            if isClient(.accounting) { slots.append(.firm(.accounting)) }
            if isClient(.audit) { slots.append(.firm(.audit)) }
        case "ENK":
            slots.append(.person("INNH"))
        case "ANS", "DA":
            for _ in 0..<random.within(2...3) { slots.append(.person(form == "ANS" ? "DTSO" : "DTPR")) }
        case "KS":
            slots.append(.person("KOMP"))
        case "NUF":
            let roll = random.below(10)
            if roll >= 4 { slots.append(.person("KNUF")) }
            if roll < 4 || roll >= 7 { slots.append(.person("REPR")) }
        case "BRL", "ESEK":
            slots.append(.person("LEDE"))
            if isClient(.businessManager) { slots.append(.firm(.businessManager)) }
        case "FLI", "STI":
            slots.append(.person("LEDE"))
        case "PRE":
            slots.append(.person("BEST"))
        case "KBO", "BO":
            slots.append(.person("BOBE"))
        case "SAM", "ANNA":
            slots.append(.person("KONT"))
        case "STAT", "FYLK", "KOMM", "ORGL", "ADOS":
            slots.append(.person("DAGL"))
        default:
            if random.chance(0.7) { slots.append(.person("DAGL")) }
            slots.append(.person("LEDE"))
        }
        return slots
    }

    /// 0–4 styremedlemmer besides the leader; most have none.
    private static func boardMembers(using random: inout SplitMix64) -> Int {
        let roll = random.below(100)
        switch roll {
        case 0..<60: return 0
        case 60..<75: return 1
        case 75..<87: return 2
        case 87..<95: return 3
        default: return 4
        }
    }
}
