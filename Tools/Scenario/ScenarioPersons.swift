/// The persons of `scenario.md` §3.
public struct ScenarioPerson: Sendable, Equatable {
    public let fornavn: String
    public let etternavn: String
    public let pid: String
    public let userId: Int

    public static let dressMinst = ScenarioPerson(fornavn: "DRESS", etternavn: "MINST", pid: "12838148288", userId: 20001)
    public static let stadigKonsert = ScenarioPerson(fornavn: "STADIG", etternavn: "KONSERT", pid: "27917413504", userId: 20002)
    public static let lojalKompass = ScenarioPerson(fornavn: "LOJAL", etternavn: "KOMPASS", pid: "05866927113", userId: 20003)
    public static let traustVekter = ScenarioPerson(fornavn: "TRAUST", etternavn: "VEKTER", pid: "19898836587", userId: 20004)
    public static let sindigBlyant = ScenarioPerson(fornavn: "SINDIG", etternavn: "BLYANT", pid: "02829241792", userId: 20005)
    public static let nysgjerrigPraktikant = ScenarioPerson(fornavn: "NYSGJERRIG", etternavn: "PRAKTIKANT",
                                                           pid: "23870151217", userId: 20006)
    public static let fremmedTurist = ScenarioPerson(fornavn: "FREMMED", etternavn: "TURIST", pid: "14849513878", userId: 20007)
    public static let skyhoyArkitekt = ScenarioPerson(fornavn: "SKYHØY", etternavn: "ARKITEKT", pid: "08907922694", userId: 20008)
    public static let grundigTeller = ScenarioPerson(fornavn: "GRUNDIG", etternavn: "TELLER", pid: "30818533124", userId: 20009)
    public static let raskSignatur = ScenarioPerson(fornavn: "RASK", etternavn: "SIGNATUR", pid: "11927748950", userId: 20010)
    public static let blidNabo = ScenarioPerson(fornavn: "BLID", etternavn: "NABO", pid: "16856324404", userId: 20011)
    public static let varmStyreleder = ScenarioPerson(fornavn: "VARM", etternavn: "STYRELEDER", pid: "21887015861", userId: 20012)

    public static let all: [ScenarioPerson] = [
        dressMinst, stadigKonsert, lojalKompass, traustVekter, sindigBlyant, nysgjerrigPraktikant, fremmedTurist,
        skyhoyArkitekt, grundigTeller, raskSignatur, blidNabo, varmStyreleder,
    ]
}
