import JSON
import SQLite

/// The `WHERE` clause of a unit search over `units u`, with its arguments. List values travel as one
/// JSON array argument (`json_each`), so the SQL text depends only on which filters are present and
/// prepared statements are reused.
///
/// Plans must not depend on `ANALYZE` statistics (a database filled by writes has none). So when a
/// selective "driver" filter is present (name words, numbers, codes: a `rowid IN (...)` list; or the
/// parent), every other column condition is written as `+u.column`, which keeps SQLite from choosing a
/// broad `(kind, status, ...)` index over it; and code lists are joined with `CROSS JOIN`, which fixes
/// the loop order (for each listed code, a range of `unit_codes`).
struct UnitSearchSQL {
    private(set) var drivers: [String] = []
    private(set) var columnConditions: [String] = []
    private(set) var arguments: SQLiteArguments = []
    /// Whether a driver yields rowids: sorting by `rowid` (within a kind the same order as `orgnr`,
    /// `UnitRowid`) then needs no lookups.
    private(set) var drivenByRowid = false
    /// The FTS5 query when the name is the only filter: `unit_names` alone then answers the search.
    private(set) var nameOnlyMatch: String?

    init(_ filter: UnitSearchFilter) {
        addDrivers(filter)
        addColumn("u.kind = ?", filter.kind.rawValue)
        columnConditions.append("u.status = 'active'")
        if let forms = filter.forms { addForms(forms, kind: filter.kind) }
        for flag in filter.flags { addColumn("u.\(flag.flag.column) = ?", flag.value ? 1 : 0) }
        if let from = filter.employeesFrom { addColumn("u.antall_ansatte >= ?", from) }
        if let to = filter.employeesTo { addColumn("u.antall_ansatte <= ?", to) }
        if let from = filter.registeredFrom { addColumn("u.registreringsdato >= ?", from) }
        if let to = filter.registeredTo { addColumn("u.registreringsdato <= ?", to) }
        if drivers.count == 1, columnConditions.count == 2, let words = filter.nameWords, drivenByRowid {
            nameOnlyMatch = SearchName.matchExpression(words, kind: filter.kind)
        }
    }

    private mutating func addDrivers(_ filter: UnitSearchFilter) {
        if let words = filter.nameWords {
            if words.contains(where: { $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }) {
                // FTS5 cannot take NUL, and the ascii tokenizer splits on control characters, so such a
                // word would not stay one token; stored names hold none, so it matches nothing.
                drivers.append("0")
            } else {
                addRowids("u.rowid IN (SELECT rowid FROM unit_names WHERE unit_names MATCH ?)",
                          SearchName.matchExpression(words, kind: filter.kind))
            }
        }
        if let numbers = filter.organizationNumbers {
            let rowids = numbers.compactMap { UnitRowid.of($0, kind: filter.kind) }
            addRowids("u.rowid IN (SELECT value FROM json_each(?))", Self.jsonArray(rowids))
        }
        if let parent = filter.parent {
            drivers.append("u.parent = ?")
            arguments.append(parent)
        }
        if let prefixes = filter.industryCodePrefixes {
            // A code starts with p exactly when p <= code < p || '~' ('~' sorts after digits and '.').
            addRowids("""
                u.rowid IN (SELECT c.unit FROM json_each(?) p CROSS JOIN unit_codes c \
                ON c.kind = 'naering' AND c.code >= p.value AND c.code < p.value || '~')
                """, Self.jsonArray(prefixes))
        }
        if let municipalities = filter.municipalities {
            addRowids("""
                u.rowid IN (SELECT c.unit FROM json_each(?) p CROSS JOIN unit_codes c \
                ON c.kind = 'kommune' AND c.code = p.value)
                """, Self.jsonArray(municipalities))
        }
    }

    var whereSQL: String {
        let columns = drivers.isEmpty ? columnConditions : columnConditions.map { "+" + $0 }
        return (drivers + columns).joined(separator: " AND ")
    }

    /// The statement that counts the matches, with its arguments.
    var count: (sql: String, arguments: SQLiteArguments) {
        if let nameOnlyMatch { return ("SELECT count(*) FROM unit_names WHERE unit_names MATCH ?", [nameOnlyMatch]) }
        return ("SELECT count(*) FROM units u WHERE \(whereSQL)", arguments)
    }

    /// The statement that lists the page's rowids in order, with its arguments: only the sort keys go
    /// through the sorter, never the documents.
    func page(_ sort: SearchSort, _ page: PageRequest) -> (sql: String, arguments: SQLiteArguments) {
        let byNumber = sort.field == .organisasjonsnummer
        let direction = sort.descending ? "DESC" : "ASC"
        if let nameOnlyMatch, byNumber {
            return ("SELECT rowid FROM unit_names WHERE unit_names MATCH ? ORDER BY rowid \(direction) LIMIT ? OFFSET ?",
                    [nameOnlyMatch, page.size, page.offset])
        }
        let order = drivenByRowid && byNumber ? "u.rowid " + direction : sort.orderSQL
        return ("SELECT u.rowid FROM units u WHERE \(whereSQL) ORDER BY \(order) LIMIT ? OFFSET ?",
                arguments + [page.size, page.offset])
    }

    private mutating func addRowids(_ condition: String, _ argument: String) {
        drivers.append(condition)
        arguments.append(argument)
        drivenByRowid = true
    }

    /// A condition on one `units` column, starting with `u.` (so that `+` can be put before it).
    private mutating func addColumn(_ condition: String, _ argument: any SQLiteValueConvertible) {
        columnConditions.append(condition)
        arguments.append(argument)
    }

    /// Codes as literal `IN (?, ...)` so that the planner can use the form index; only codes of the
    /// searched kind can match, so the list holds at most the §9.1 codes, and none matches nothing.
    private mutating func addForms(_ forms: [String], kind: OrganisationForm.UnitKind) {
        var known: [String] = []
        for code in forms where OrganisationForm.byCode[code]?.kind == kind && !known.contains(code) {
            known.append(code)
        }
        guard !known.isEmpty else {
            drivers.append("0")
            return
        }
        columnConditions.append("u.form IN (" + Array(repeating: "?", count: known.count).joined(separator: ", ") + ")")
        arguments.append(contentsOf: known.map { $0 as (any SQLiteValueConvertible)? })
    }

    static func jsonArray(_ strings: [String]) -> String {
        String(decoding: JSONValue(strings).encoded(), as: UTF8.self)
    }

    static func jsonArray(_ numbers: [Int64]) -> String {
        "[" + numbers.map(String.init).joined(separator: ",") + "]"
    }
}
