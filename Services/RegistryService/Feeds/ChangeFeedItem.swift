import SQLite

/// One change-log item as the public feeds show it (`registry.md` §3.7): what changed and when, without
/// the state and holders that `/internal/feed` carries (`ChangeRecord`).
struct ChangeFeedItem: Sendable, Equatable {
    var id: Int64
    var at: String
    var organisasjonsnummer: String
    var endringstype: String

    /// The columns `init(row:)` reads, in order.
    static let columns = "id, at, orgnr, endringstype"

    init(id: Int64, at: String, organisasjonsnummer: String, endringstype: String) {
        self.id = id
        self.at = at
        self.organisasjonsnummer = organisasjonsnummer
        self.endringstype = endringstype
    }

    init(row: Row) throws {
        self.init(id: try row[0], at: try row[1], organisasjonsnummer: try row[2], endringstype: try row[3])
    }
}
