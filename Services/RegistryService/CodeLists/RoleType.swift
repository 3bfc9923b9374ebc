/// A rolletype and the rollegruppe it belongs to (`registry.md` §9.2).
struct RoleType: Sendable, Equatable {
    let code: String
    let description: String
    let group: String

    static let all: [RoleType] = [
        ("DAGL", "Daglig leder/ adm.direktør", "DAGL"), ("LEDE", "Styrets leder", "STYR"),
        ("NEST", "Nestleder", "STYR"), ("MEDL", "Styremedlem", "STYR"), ("VARA", "Varamedlem", "STYR"),
        ("OBS", "Observatør", "STYR"), ("INNH", "Innehaver", "INNH"), ("DTSO", "Deltaker med fullt ansvar", "DELT"),
        ("DTPR", "Deltaker med delt ansvar", "DELT"), ("KOMP", "Komplementar", "KOMP"),
        ("BEST", "Bestyrende reder", "BEST"), ("FFØR", "Forretningsfører", "FFØR"), ("KONT", "Kontaktperson", "KONT"),
        ("KNUF", "Kontaktperson i NUF", "KONT"), ("REPR", "Norsk representant for utenlandsk enhet", "REPR"),
        ("REVI", "Revisor", "REVI"), ("REGN", "Regnskapsfører", "REGN"), ("BOBE", "Bostyrer", "BOBE"),
        ("SIGN", "Signatur", "SIGN"), ("PROK", "Prokura", "PROK"), ("SAM", "Sameiere", "SAM"), ("STFT", "Stifter", "STFT"),
    ].map { RoleType(code: $0.0, description: $0.1, group: $0.2) }

    static let byCode: [String: RoleType] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
}

/// A rollegruppetype, in output order (`registry.md` §9.3).
struct RoleGroup: Sendable, Equatable {
    let code: String
    let description: String
    /// The position in §9.3; groups are written in this order.
    let order: Int

    static let all: [RoleGroup] = [
        ("DAGL", "Daglig leder/ adm.direktør"), ("INNH", "Innehaver"), ("DELT", "Deltakere"),
        ("KOMP", "Komplementar"), ("BEST", "Bestyrende reder"), ("STYR", "Styre"), ("KONT", "Kontaktperson"),
        ("REPR", "Norsk representant for utenlandsk enhet"), ("FFØR", "Forretningsfører"), ("REGN", "Regnskapsfører"),
        ("REVI", "Revisor"), ("BOBE", "Bostyrer"), ("SIGN", "Signatur"), ("PROK", "Prokura"), ("SAM", "Sameiere"),
        ("STFT", "Stiftere"),
    ].enumerated().map { RoleGroup(code: $1.0, description: $1.1, order: $0) }

    static let byCode: [String: RoleGroup] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
}
