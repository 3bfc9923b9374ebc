import SQLite

/// The `WHERE` clause over `changes` for one public feed (`registry.md` §3.7): the change log of the
/// current epoch, filtered by kind, id, time and number.
///
/// Plans must not depend on `ANALYZE` statistics (a database filled by writes has none): without a
/// number filter `changes_kind (kind, id)` serves the feed; with one, `changes_orgnr (orgnr, id)` must,
/// so the other conditions are then written with `+`, which keeps SQLite from ranging over every item
/// of the kind instead.
struct ChangeFeedSQL {
    private(set) var conditions: [String] = []
    private(set) var arguments: SQLiteArguments = []
    private let unindexed: String

    init(kind: ChangeKind, organizationNumbers: [String]? = nil) {
        unindexed = organizationNumbers == nil ? "" : "+"
        add("\(unindexed)kind = ?", kind.rawValue)
        if let numbers = organizationNumbers {
            add("orgnr IN (SELECT value FROM json_each(?))", UnitSearchSQL.jsonArray(numbers))
        }
    }

    /// `id <comparison> id`.
    mutating func addID(_ comparison: String, _ id: Int) {
        add("\(unindexed)id \(comparison) ?", id)
    }

    /// `at <comparison> time` (`>=` or `>`), written so that the plan ranges over the index from the first
    /// id with such a time, whatever the statistics: the id bound is implied by the time bound (every row
    /// with a later time has an id at least that minimum), so it changes no result.
    mutating func addTime(_ comparison: String, _ time: String) {
        add("\(unindexed)id >= (SELECT min(+id) FROM changes WHERE at \(comparison) ?)", time)  // +id: read changes_at
        add("+at \(comparison) ?", time)
    }

    var whereSQL: String { conditions.joined(separator: " AND ") }

    private mutating func add(_ condition: String, _ argument: any SQLiteValueConvertible) {
        conditions.append(condition)
        arguments.append(argument)
    }
}
