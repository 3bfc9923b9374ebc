import Foundation
import JSON
import ServiceKit
import SQLite

extension RequestStore {
    /// The answer of a status or escalate call (§4.8).
    enum DecisionOutcome: Sendable {
        case changed(SystemUserRequest)
        case unchanged(SystemUserRequest)
        case conflict(RequestStatus)
        case unknown
    }

    /// `POST /internal/requests/{id}/status`: the table of §4.8, rows in order, on the stored row.
    func decide(id: String, decision: RequestDecision, app: String, now: Date) throws -> DecisionOutcome {
        try database.write { connection in
            guard var request = try Self.request(id: id, in: connection) else { return .unknown }
            let decidedSeconds = WholeSecondTime.seconds(decision.decidedAt)
            if request.storedStatus == .new, decidedSeconds < request.expires {
                try connection.execute("""
                    UPDATE system_user_requests SET status = ?, decided_by = ?, decided_at = ?, system_user_id = ?
                    WHERE seq = ?
                    """, [decision.status.rawValue, SystemStore.text(decision.decidedBy.json),
                          WholeSecondTime.format(decision.decidedAt), decision.systemUserId, request.sequence])
                let action = decision.status == .accepted ? "request.accepted" : "request.rejected"
                try AuditLog.record(connection, actor: decision.decidedBy.actor, action: action, target: id,
                                    details: [("app", .string(app)), ("party", .string(request.partyOrgNo)),
                                              ("systemUserId", JSONValue(decision.systemUserId))], at: now)
                request.storedStatus = decision.status
                request.decidedBy = decision.decidedBy
                request.decidedAt = WholeSecondTime.format(decision.decidedAt)
                request.systemUserId = decision.systemUserId
                return .changed(request)
            }
            let current = request.status(at: now)
            if current == decision.status,
               decision.status == .rejected || request.systemUserId == decision.systemUserId {
                return .unchanged(request)
            }
            return .conflict(current)
        }
    }

    /// `POST /internal/requests/{id}/escalate` (§4.8): the first call on a `New` request sets the flag.
    func escalate(id: String, by person: PersonReference, now: Date) throws -> DecisionOutcome {
        try database.write { connection in
            guard var request = try Self.request(id: id, in: connection), !request.isDeleted else { return .unknown }
            let current = request.status(at: now)
            guard current == .new else { return .conflict(current) }
            guard !request.escalated else { return .unchanged(request) }
            let at = WholeSecondTime.format(now)
            try connection.execute("""
                UPDATE system_user_requests SET escalated = 1, escalated_by = ?, escalated_at = ? WHERE seq = ?
                """, [SystemStore.text(person.json), at, request.sequence])
            try AuditLog.record(connection, actor: person.actor, action: "request.escalated", target: id,
                                details: [("party", .string(request.partyOrgNo))], at: now)
            request.escalated = true
            request.escalatedBy = person
            request.escalatedAt = at
            return .changed(request)
        }
    }
}
