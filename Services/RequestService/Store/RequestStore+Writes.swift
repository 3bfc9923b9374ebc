import Domain
import Foundation
import HTTPServer
import JSON
import ServiceKit
import SQLite

extension RequestStore {
    enum InsertOutcome: Sendable {
        case created(SystemUserRequest)
        /// A live request with the key that does not read `Timedout` (§4.4 step 6, or a lost race).
        case existing(SystemUserRequest)
    }

    /// Step 12 of `requests.md` §4.4 with steps 6 and 7 repeated inside the transaction: a live request
    /// with the key wins (200), a `Timedout` one is superseded, then the new one is inserted with its audit.
    func insert(_ request: SystemUserRequest, actor: AuditActor, now: Date) throws -> InsertOutcome {
        try database.write { connection in
            if let live = try Self.liveRequest(request.type, key: request.key, in: connection) {
                guard live.status(at: now) == .timedOut else { return .existing(live) }
                try connection.execute("UPDATE system_user_requests SET is_deleted = 1 WHERE seq = ?", [live.sequence])
                try AuditLog.record(connection, actor: actor, action: "request.superseded", target: live.id,
                                    details: [("supersededBy", .string(request.id))], at: now)
            }
            try connection.execute("""
                INSERT INTO system_user_requests (id, type, system_id, vendor_org, party_org, external_ref,
                    integration_title, rights, access_packages, status, redirect_url, created, expires)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [request.id, request.type.rawValue, request.systemId, request.vendorOrg, request.partyOrgNo,
                      request.externalRef, request.integrationTitle,
                      SystemStore.text(.array(request.rights.map(\.json))),
                      SystemStore.text(JSONValue(request.accessPackages)), request.storedStatus.rawValue,
                      request.redirectUrl, request.created, request.expires])
            var stored = request
            stored.sequence = connection.lastInsertRowID
            try AuditLog.record(connection, actor: actor, action: "request.created", target: request.id,
                                details: [("type", .string(request.type.rawValue)), ("systemId", .string(request.systemId)),
                                          ("party", .string(request.partyOrgNo))], at: now)
            return .created(stored)
        }
    }

    /// Soft delete (§4.3); false when the request was already deleted. Audit `request.deleted` on a change.
    func softDelete(id: String, actor: AuditActor) throws -> Bool {
        try database.write { connection in
            try connection.execute("UPDATE system_user_requests SET is_deleted = 1 WHERE id = ? AND is_deleted = 0", [id])
            guard connection.changes > 0 else { return false }
            try AuditLog.record(connection, actor: actor, action: "request.deleted", target: id)
            return true
        }
    }

    /// A refused write (§4.8, audit): `outcome` `refused`, the code and any validation codes in `details`.
    func recordRefusal(_ problem: ProblemDetails, actor: AuditActor, action: String, target: String) {
        var details: [(String, JSONValue)] = [("code", .string(problem.code))]
        if let errors = problem.extensions.first(where: { $0.0 == "validationErrors" })?.1.arrayValue {
            details.append(("validationErrors", .array(errors.compactMap { $0["code"] })))
        }
        _ = try? database.write { connection in
            try AuditLog.record(connection, actor: actor, action: action, target: target, outcome: .refused,
                                details: details)
        }
    }
}
