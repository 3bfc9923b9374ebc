/// `sort=<field>[,asc|desc]` (`registry.md` §3.4). Ties are broken by organisasjonsnummer ascending;
/// units without a value come last in both directions.
struct SearchSort: Sendable, Equatable {
    enum Field: Sendable, Equatable {
        case organisasjonsnummer
        case navn
        case antallAnsatte
        case registreringsdato
    }

    var field: Field
    var descending: Bool

    static let `default` = SearchSort(field: .organisasjonsnummer, descending: false)

    /// Nil for another field or direction. Field and direction are case-insensitive.
    init?(_ text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.lowercased() }
        switch parts.count {
        case 1 where parts[0] == "asc" || parts[0] == "desc":
            self.init(field: .organisasjonsnummer, descending: parts[0] == "desc")
        case 1, 2:
            guard let field = Self.field(parts[0]) else { return nil }
            guard parts.count == 1 || parts[1] == "asc" || parts[1] == "desc" else { return nil }
            self.init(field: field, descending: parts.count == 2 && parts[1] == "desc")
        default:
            return nil
        }
    }

    init(field: Field, descending: Bool) {
        self.field = field
        self.descending = descending
    }

    private static func field(_ name: String) -> Field? {
        switch name {
        case "organisasjonsnummer": .organisasjonsnummer
        case "navn", "navn.norwegian": .navn
        case "antallansatte": .antallAnsatte
        case "registreringsdatoenhetsregisteret": .registreringsdato
        default: nil
        }
    }

    /// The `ORDER BY` terms over `units u`.
    var orderSQL: String {
        let direction = descending ? "DESC" : "ASC"
        switch field {
        case .organisasjonsnummer: return "u.orgnr \(direction)"
        case .navn: return "u.sort_navn \(direction), u.orgnr ASC"
        case .antallAnsatte: return "u.antall_ansatte \(direction) NULLS LAST, u.orgnr ASC"
        case .registreringsdato: return "u.registreringsdato \(direction) NULLS LAST, u.orgnr ASC"
        }
    }
}
