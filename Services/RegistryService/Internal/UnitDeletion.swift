import ServiceKit
import SQLite

/// `DELETE /internal/enheter|underenheter/{orgnr}?mode=&dato=` inside one write transaction (§5.4):
/// active + slett → deleted; active or deleted + fjern → removed; anything else changes nothing.
struct UnitDeletion {
    enum Mode: String, Sendable {
        case slett, fjern
    }

    let kind: OrganisationForm.UnitKind
    let mode: Mode
    let dato: String
    let rendering: UnitRendering
    let actor: AuditActor

    func delete(_ connection: Connection, organisasjonsnummer: String) throws -> WriteOutcome {
        guard let unit = try UnitStore.find(connection, organisasjonsnummer), unit.kind == kind else {
            throw RegistryProblem.unitNotFound(organisasjonsnummer)
        }
        let target: UnitStatus? = switch (unit.status, mode) {
        case (.active, .slett): .deleted
        case (.active, .fjern), (.deleted, .fjern): .removed
        default: nil
        }
        guard let target else {
            return WriteOutcome(status: 200, body: body(unit), changeId: nil,
                                position: try ChangeLog.position(connection))
        }
        let changed = UnitRow(unit, status: target, slettedato: dato)
        var holders = [organisasjonsnummer]
        for holder in try RoleStore.holders(connection, unit: organisasjonsnummer) where !holders.contains(holder) {
            holders.append(holder)
        }
        let endringstype: Endringstype = target == .deleted ? .sletting : .fjernet
        let changeId = try ChangeLog.append(connection, kind: ChangeKind(kind), organisasjonsnummer: organisasjonsnummer,
                                            endringstype: endringstype, affectedHolders: holders,
                                            state: UnitRendering.state(changed))
        try UnitStore.setStatus(connection, unit, target, slettedato: dato, changeId: changeId)
        try AuditLog.record(connection, actor: actor, action: target == .deleted ? "unit.deleted" : "unit.removed",
                            target: organisasjonsnummer,
                            details: [("kind", .string(kind.rawValue)), ("changeId", .int(changeId)),
                                      ("slettedato", .string(dato))])
        return WriteOutcome(status: 200, body: body(changed), changeId: changeId, position: changeId)
    }

    /// The slim body for a deleted unit, the 410 body for a removed one (answered with 200 here).
    private func body(_ unit: UnitRow) -> [UInt8] {
        unit.status == .removed ? rendering.removed(unit) : rendering.slim(unit)
    }
}
