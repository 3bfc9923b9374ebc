/// A real kommune with one of its postnumre (kommunenumre as of 2024), for synthetic addresses.
struct Place: Sendable {
    let kommunenummer: String
    let kommune: String
    let postnummer: String
    let poststed: String

    /// Oslo, Bergen and Trondheim come more than once, so addresses cluster as real ones do.
    static let all: [Place] = [
        ("0301", "OSLO", "0150", "OSLO"), ("0301", "OSLO", "0250", "OSLO"), ("0301", "OSLO", "0484", "OSLO"),
        ("0301", "OSLO", "0661", "OSLO"), ("4601", "BERGEN", "5003", "BERGEN"), ("4601", "BERGEN", "5162", "LAKSEVÅG"),
        ("5001", "TRONDHEIM", "7010", "TRONDHEIM"), ("5001", "TRONDHEIM", "7030", "TRONDHEIM"),
        ("1103", "STAVANGER", "4006", "STAVANGER"), ("1108", "SANDNES", "4307", "SANDNES"),
        ("1106", "HAUGESUND", "5527", "HAUGESUND"), ("1124", "SOLA", "4050", "SOLA"),
        ("1149", "KARMØY", "4250", "KOPERVIK"), ("3301", "DRAMMEN", "3015", "DRAMMEN"),
        ("3303", "KONGSBERG", "3611", "KONGSBERG"), ("3305", "RINGERIKE", "3511", "HØNEFOSS"),
        ("3201", "BÆRUM", "1337", "SANDVIKA"), ("3203", "ASKER", "1384", "ASKER"),
        ("3205", "LILLESTRØM", "2000", "LILLESTRØM"), ("3207", "NORDRE FOLLO", "1400", "SKI"),
        ("3209", "ULLENSAKER", "2050", "JESSHEIM"), ("3222", "LØRENSKOG", "1470", "LØRENSKOG"),
        ("3218", "ÅS", "1430", "ÅS"), ("3101", "HALDEN", "1767", "HALDEN"), ("3103", "MOSS", "1530", "MOSS"),
        ("3105", "SARPSBORG", "1706", "SARPSBORG"), ("3107", "FREDRIKSTAD", "1606", "FREDRIKSTAD"),
        ("3901", "HORTEN", "3181", "HORTEN"), ("3905", "TØNSBERG", "3125", "TØNSBERG"),
        ("3907", "SANDEFJORD", "3210", "SANDEFJORD"), ("3909", "LARVIK", "3256", "LARVIK"),
        ("4001", "PORSGRUNN", "3915", "PORSGRUNN"), ("4003", "SKIEN", "3724", "SKIEN"),
        ("4203", "ARENDAL", "4836", "ARENDAL"), ("4204", "KRISTIANSAND", "4610", "KRISTIANSAND S"),
        ("4202", "GRIMSTAD", "4876", "GRIMSTAD"), ("1506", "MOLDE", "6413", "MOLDE"),
        ("1505", "KRISTIANSUND", "6509", "KRISTIANSUND N"), ("5006", "STEINKJER", "7713", "STEINKJER"),
        ("5037", "LEVANGER", "7600", "LEVANGER"), ("5035", "STJØRDAL", "7500", "STJØRDAL"),
        ("5025", "RØROS", "7374", "RØROS"), ("1804", "BODØ", "8006", "BODØ"), ("1806", "NARVIK", "8514", "NARVIK"),
        ("1833", "RANA", "8622", "MO I RANA"), ("5501", "TROMSØ", "9008", "TROMSØ"),
        ("5503", "HARSTAD", "9405", "HARSTAD"), ("5601", "ALTA", "9510", "ALTA"),
        ("5603", "HAMMERFEST", "9600", "HAMMERFEST"), ("5605", "SØR-VARANGER", "9900", "KIRKENES"),
        ("3403", "HAMAR", "2317", "HAMAR"), ("3405", "LILLEHAMMER", "2609", "LILLEHAMMER"),
        ("3407", "GJØVIK", "2815", "GJØVIK"), ("3401", "KONGSVINGER", "2211", "KONGSVINGER"),
        ("3420", "ELVERUM", "2406", "ELVERUM"), ("4621", "VOSS", "5700", "VOSS"),
        ("4647", "SUNNFJORD", "6800", "FØRDE"), ("4614", "STORD", "5411", "STORD"),
    ].map { Place(kommunenummer: $0.0, kommune: $0.1, postnummer: $0.2, poststed: $0.3) }
}
