import SQLite

extension UnitStore {
    private static let lookupSQL = "SELECT \(StoredUnit.columns) FROM units WHERE rowid = ?"

    /// The answer of `GET /enheter/{orgnr}` (or `underenheter`): one rowid seek as a single autocommit
    /// read (no BEGIN/COMMIT). An active unit is rendered while its row is current, so its document is
    /// copied once, from SQLite's page straight into the body; other statuses go through `StoredUnit`.
    /// Nil when there is no unit of `kind` with this number, or it is not a number.
    static func lookupAnswer(_ database: Database, _ organisasjonsnummer: String, kind: OrganisationForm.UnitKind,
                             rendering: UnitRendering) throws -> (status: Int, body: [UInt8])? {
        guard let rowid = UnitRowid.of(organisasjonsnummer, kind: kind) else { return nil }
        let answer = try database.readFirstRow(lookupSQL, bind: { try $0.bind(rowid, at: 1) }) { statement in
            renderActive(statement, kind: kind, rendering: rendering)
                ?? StoredUnit(statement: statement).flatMap { $0.kind == kind ? rendering.lookup($0) : nil }
        }
        return answer ?? nil
    }

    /// The full answer of an active unit of `kind` on the current row; nil for anything else, which
    /// goes through `StoredUnit`.
    private static func renderActive(_ statement: Statement, kind: OrganisationForm.UnitKind,
                                     rendering: UnitRendering) -> (status: Int, body: [UInt8])? {
        guard statement.text(at: 1) == kind.rawValue, statement.text(at: 2) == UnitStatus.active.rawValue,
              let organisasjonsnummer = statement.text(at: 0), let formCode = statement.text(at: 4) else { return nil }
        let parent = statement.text(at: 5)
        let body = statement.withText(at: 8) { document in
            rendering.full(document: document, organisasjonsnummer: organisasjonsnummer, kind: kind, parent: parent,
                           formCode: formCode)
        }
        return (body ?? nil).map { (200, $0) }
    }
}
