/// A person of `scenario.md` §3, offered by name on the demo login (`approval.md` §9).
struct DemoPerson: Sendable, Equatable {
    var name: String
    var pid: String
    var userId: Int

    static let all: [DemoPerson] = [
        DemoPerson(name: "DRESS MINST", pid: "12838148288", userId: 20001),
        DemoPerson(name: "STADIG KONSERT", pid: "27917413504", userId: 20002),
        DemoPerson(name: "LOJAL KOMPASS", pid: "05866927113", userId: 20003),
        DemoPerson(name: "TRAUST VEKTER", pid: "19898836587", userId: 20004),
        DemoPerson(name: "SINDIG BLYANT", pid: "02829241792", userId: 20005),
        DemoPerson(name: "NYSGJERRIG PRAKTIKANT", pid: "23870151217", userId: 20006),
        DemoPerson(name: "FREMMED TURIST", pid: "14849513878", userId: 20007),
        DemoPerson(name: "SKYHØY ARKITEKT", pid: "08907922694", userId: 20008),
        DemoPerson(name: "GRUNDIG TELLER", pid: "30818533124", userId: 20009),
        DemoPerson(name: "RASK SIGNATUR", pid: "11927748950", userId: 20010),
        DemoPerson(name: "BLID NABO", pid: "16856324404", userId: 20011),
        DemoPerson(name: "VARM STYRELEDER", pid: "21887015861", userId: 20012),
    ]

    static func with(pid: String) -> DemoPerson? { all.first { $0.pid == pid } }
}
