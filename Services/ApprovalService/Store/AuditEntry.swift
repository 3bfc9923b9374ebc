import Foundation
import JSON
import ServiceKit
import SQLite

/// One audit row to write (`approval.md` §10), built before the transaction that records it.
struct AuditEntry: Sendable {
    var actor: AuditActor
    var action: String
    var target: String
    var outcome: AuditOutcome = .ok
    var details: [(String, JSONValue)] = []

    func record(in connection: Connection) throws {
        try AuditLog.record(connection, actor: actor, action: action, target: target, outcome: outcome, details: details)
    }
}
