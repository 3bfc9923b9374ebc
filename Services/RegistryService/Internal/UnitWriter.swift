import JSON
import ServiceKit
import SQLite

/// `PUT /internal/enheter|underenheter/{orgnr}` inside one write transaction (§5.4): existence and kind
/// (409 `REG-00004`), the body's fields (400), unchanged detection, the unit row and search tables,
/// one change-log item and one audit row.
struct UnitWriter {
    let kind: OrganisationForm.UnitKind
    let rendering: UnitRendering
    let actor: AuditActor

    func write(_ connection: Connection, organisasjonsnummer: String, body: JSONValue) throws -> WriteOutcome {
        let previous = try UnitStore.find(connection, organisasjonsnummer)
        if let previous, previous.kind != kind {
            throw RegistryProblem.otherKind(organisasjonsnummer, existing: previous.kind)
        }
        let reader = UnitBodyReader(kind: kind, organisasjonsnummer: organisasjonsnummer) {
            try UnitStore.find(connection, $0)
        }
        let document = try reader.read(body)
        let stored = UnitRow(document: document, status: .active, slettedato: nil)
        if let previous, previous.status == .active, try Self.sameContent(previous.document, document.json) {
            return WriteOutcome(status: 200, body: rendering.full(previous), changeId: nil,
                                position: try ChangeLog.position(connection))
        }
        let endringstype: Endringstype = previous == nil ? .ny : .endring
        var holders = [organisasjonsnummer]
        for holder in try RoleStore.holders(connection, unit: organisasjonsnummer) where !holders.contains(holder) {
            holders.append(holder)
        }
        let changeId = try ChangeLog.append(connection, kind: ChangeKind(kind), organisasjonsnummer: organisasjonsnummer,
                                            endringstype: endringstype, affectedHolders: holders,
                                            state: UnitRendering.state(stored))
        try UnitStore.save(connection, document, previous: previous, changeId: changeId)
        try AuditLog.record(connection, actor: actor, action: previous == nil ? "unit.created" : "unit.updated",
                            target: organisasjonsnummer,
                            details: [("kind", .string(kind.rawValue)), ("changeId", .int(changeId)),
                                      ("endringstype", .string(endringstype.rawValue))])
        return WriteOutcome(status: previous == nil ? 201 : 200, body: rendering.full(stored), changeId: changeId,
                            position: changeId,
                            location: previous == nil ? rendering.href.unit(organisasjonsnummer, kind: kind) : nil)
    }

    /// Field-by-field equality of the stored document and the normalised new one (member order aside).
    static func sameContent(_ stored: String, _ new: JSONValue) throws -> Bool {
        guard let old = try? JSONValue.parse(stored) else { return false }
        return equalIgnoringOrder(old, new)
    }

    static func equalIgnoringOrder(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(left), .object(right)):
            guard left.count == right.count else { return false }
            return left.allSatisfy { name, value in
                right.first { $0.0 == name }.map { equalIgnoringOrder(value, $0.1) } ?? false
            }
        case let (.array(left), .array(right)):
            return left.count == right.count && zip(left, right).allSatisfy { equalIgnoringOrder($0, $1) }
        default:
            return lhs == rhs
        }
    }
}
