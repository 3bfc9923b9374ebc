/// An organisasjonsform (`registry.md` §9.1).
struct OrganisationForm: Sendable, Equatable {
    enum UnitKind: String, Sendable { case enhet, underenhet }

    let code: String
    let description: String
    let kind: UnitKind

    static let all: [OrganisationForm] = enheter + underenheter

    static let byCode: [String: OrganisationForm] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    static let enheter: [OrganisationForm] = [
        ("AS", "Aksjeselskap"), ("ASA", "Allmennaksjeselskap"), ("ENK", "Enkeltpersonforetak"),
        ("ANS", "Ansvarlig selskap med solidarisk ansvar"), ("DA", "Ansvarlig selskap med delt ansvar"),
        ("KS", "Kommandittselskap"), ("NUF", "Norskregistrert utenlandsk foretak"), ("SA", "Samvirkeforetak"),
        ("BA", "Selskap med begrenset ansvar"), ("STI", "Stiftelse"), ("FLI", "Forening/lag/innretning"),
        ("BRL", "Borettslag"), ("BBL", "Boligbyggelag"), ("ESEK", "Eierseksjonssameie"),
        ("SAM", "Tingsrettslig sameie"), ("PRE", "Partrederi"), ("SPA", "Sparebank"),
        ("IKS", "Interkommunalt selskap"), ("KF", "Kommunalt foretak"), ("FKF", "Fylkeskommunalt foretak"),
        ("SF", "Statsforetak"), ("STAT", "Staten"), ("FYLK", "Fylkeskommune"), ("KOMM", "Kommune"),
        ("ORGL", "Organisasjonsledd"), ("ADOS", "Administrativ enhet - offentlig sektor"), ("KBO", "Konkursbo"),
        ("BO", "Andre bo"), ("ANNA", "Annen juridisk person"),
    ].map { OrganisationForm(code: $0.0, description: $0.1, kind: .enhet) }

    static let underenheter: [OrganisationForm] = [
        ("BEDR", "Underenhet til næringsdrivende og offentlig forvaltning"),
        ("AAFY", "Underenhet til ikke-næringsdrivende"),
    ].map { OrganisationForm(code: $0.0, description: $0.1, kind: .underenhet) }
}
