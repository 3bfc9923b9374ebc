/// The words of Tenor-style synthetic names (`registry.md` §7): upper-case Norwegian adjectives and
/// nouns for animals and things. Units are two different adjectives, a noun and the form's suffix
/// (`KVIKK SMIDIG OTER AS`): about 1.2 million combinations before the suffix.
enum NameWords {
    static let adjectives: [String] = [
        "AKTIV", "ANSVARLIG", "BESKJEDEN", "BLID", "BLÅ", "BRED", "BRA", "DISKRET", "DRISTIG", "DYKTIG",
        "EDEL", "EGEN", "ELEGANT", "ENKEL", "ERFAREN", "FAST", "FIN", "FLINK", "FLITTIG", "FORNØYD",
        "FREDELIG", "FRISK", "FRODIG", "GAMMEL", "GLAD", "GLEMT", "GRØNN", "GRUNDIG", "GYLDEN", "HARDFØR",
        "HEMMELIG", "HJELPSOM", "HURTIG", "HØFLIG", "HØY", "KALD", "KLAR", "KLOK", "KREATIV", "KVIKK",
        "LANG", "LETT", "LITEN", "LUNEFULL", "LUN", "LYSEGRØNN", "LYS", "LYSTIG", "MODIG", "MYK",
        "MØRK", "NÆR", "NOBEL", "NYSGJERRIG", "NY", "NØYAKTIG", "OPPRIKTIG", "PRAKTISK", "PRESIS", "RASK",
        "REDELIG", "RIK", "ROLIG", "ROSA", "RUND", "RØD", "SINDIG", "SKARP", "SKJØNN", "SKYHØY",
        "SLU", "SMIDIG", "SMART", "SNILL", "SOLID", "SPREK", "STERK", "STILLE", "STOLT", "STOR",
        "STØDIG", "SUBTIL", "SVAL", "SØT", "TAPPER", "TILBAKEHOLDEN", "TILFELDIG", "TRAUST", "TRYGG", "TØFF",
        "UNG", "USYMMETRISK", "VAKKER", "VARM", "VARSOM", "VENNLIG", "VILL", "VIS", "VÅKEN", "ÆRLIG",
        "ØDSLIG", "ÅPEN", "ÅRVÅKEN", "BLANK", "BRUN", "DYP", "EKTE", "FJERN", "GRÅ", "HVIT",
    ]

    static let nouns: [String] = [
        "APE", "BEVER", "BJØRN", "BLYANT", "BRYGGE", "BUSS", "DELFIN", "DUE", "ELG", "ERLE",
        "FALK", "FJELL", "FLYNDRE", "FOSS", "FROSK", "GAUPE", "GEIT", "GJEDDE", "GRÆVLING", "GRIS",
        "HARE", "HAUK", "HEST", "HJORT", "HUMMER", "HVAL", "IGLE", "ILDER", "JERV", "KAMEL",
        "KATT", "KLOKKE", "KOMPASS", "KONSERT", "KRABBE", "KRÅKE", "KU", "LAKS", "LAMPE", "LAM",
        "LERKE", "LOM", "LØVE", "LUNDE", "MAKRELL", "MAUR", "MEIS", "MÅKE", "MÅR", "MUS",
        "NEBB", "OKSE", "ORM", "OTER", "PANDA", "PINGVIN", "RAKETT", "RAV", "REV", "REIN",
        "RYPE", "SEL", "SILD", "SKJÆRE", "SKILPADDE", "SNEGL", "SOMMERFUGL", "SPURV", "STAER", "STORK",
        "SVANE", "TIGER", "TORSK", "TRANE", "TROLL", "TRUT", "UGLE", "ULV", "VEKTER", "VEPS",
        "ØRN", "ØRRET", "ÅL", "ANKER", "BÅT", "BRO", "DRAGE", "FYR", "GLASS", "HAMMER",
        "KANO", "KIKKERT", "KOPP", "LANTERNE", "MØLLE", "NØKKEL", "PADLE", "PENSEL", "SEIL", "SKJELL",
        "SKO", "SPADE", "STEIN", "STJERNE", "TAU", "TÅRN", "VOGN", "VANTE", "ÅRE", "ØKS",
    ]

    /// `OTER` → `Oter`, for street names.
    static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return String(first) + word.dropFirst().lowercased()
    }
}
