// INTERIM: stand-ins for two peers of the Request Service, for its integration tests only.
//
// The Approval Service (`GET /internal/systemusers/lookup`, approval.md §10) and the Client Delegation
// Service (`GET /internal/rights`, delegation.md §6) were being written in parallel when these tests
// were, so their executables were skeletons. This file answers those two endpoints in process, per the
// spec, on the shared HTTPServer. After the merge, replace this file with a `RequestPeers` that starts
// the real `ApprovalService` and `ClientDelegationService` executables (same API below): the rest of the
// Request Service tests only use `RequestPeers`.

import Foundation
import HTTPServer
import JSON

/// The Approval and Client Delegation peers of the Request Service under test, and their base URLs.
final class RequestPeers: @unchecked Sendable {
    /// A system-user key (approval.md §3): (systemId, partyOrgNo, externalRef after its default).
    struct Key: Hashable, Sendable {
        var systemId: String
        var partyOrgNo: String
        var externalRef: String
    }

    private let state = StandInState()
    private let approval: HTTPServer
    private let delegation: HTTPServer
    let approvalURL: String
    let delegationURL: String

    init() throws {
        approval = HTTPServer(configuration: .init(), responder: Self.approvalRouter(state))
        delegation = HTTPServer(configuration: .init(), responder: Self.delegationRouter(state))
        try approval.start()
        try delegation.start()
        approvalURL = "http://127.0.0.1:\(approval.boundPort)"
        delegationURL = "http://127.0.0.1:\(delegation.boundPort)"
        // The scenario's access managers used by the tests (scenario.md §4–5, §8.1).
        setAccessManager(party: "310202398", person: "12838148288", true)   // DRESS MINST, DAGL
        setAccessManager(party: "310904473", person: "27917413504", true)   // STADIG KONSERT, DAGL
    }

    /// Approves request `requestId` as the Approval Service would: a live system user with `key` exists
    /// afterwards, and the request is marked `Accepted` through the Request Service's internal endpoint.
    func approve(requestId: String, key: Key, requestServiceURL: String, platformToken: String,
                 decidedBy pid: String = "12838148288") throws {
        state.withLock { $0.liveKeys.insert(key) }
        let body: JSONValue = ["status": "Accepted", "systemUserId": .string(requestId),
                               "decidedBy": ["pid": .string(pid), "userId": 20001],
                               "decidedAt": .string(ISO8601DateFormatter().string(from: Date()))]
        let response = try TestHTTP.send(.post, requestServiceURL + "/internal/requests/\(requestId)/status",
                                         token: platformToken, headers: ["Content-Type": "application/json"],
                                         body: body.encoded())
        guard response.status == 200 else { throw StandInError.approvalFailed(response.text) }
    }

    /// Sets what `GET /internal/rights` reports as `isAccessManager` for a person in a party.
    func setAccessManager(party: String, person: String, _ isAccessManager: Bool) {
        state.withLock { $0.accessManagers["\(party)/\(person)"] = isAccessManager }
    }

    /// The raw query strings of every lookup the Approval stand-in answered, in order.
    var lookupQueries: [String] { state.withLock { $0.lookupQueries } }

    func stop() {
        approval.shutdown(timeout: 1)
        delegation.shutdown(timeout: 1)
    }

    private static func approvalRouter(_ state: StandInState) -> Router {
        var router = Router()
        router.get("/internal/systemusers/lookup") { request, _ in
            guard request.headers["Authorization"]?.hasPrefix("Bearer ") == true else { return problem(401, "AUTH-00101") }
            let query = request.queryParameters
            let party = query["partyOrgNo"] ?? ""
            let ref = query["externalRef"].flatMap { $0.isEmpty ? nil : $0 } ?? party
            let key = Key(systemId: query["systemId"] ?? "", partyOrgNo: party, externalRef: ref)
            let live = state.withLock { value -> Bool in
                value.lookupQueries.append(request.query ?? "")
                return value.liveKeys.contains(key)
            }
            guard live else { return problem(404, "AUTH-00015") }
            return .json(JSONValue.object([("systemId", .string(key.systemId)), ("partyOrgNo", .string(party)),
                                           ("externalRef", .string(ref)), ("state", "active")]).encoded())
        }
        return router
    }

    private static func delegationRouter(_ state: StandInState) -> Router {
        var router = Router()
        router.get("/internal/rights") { request, _ in
            guard request.headers["Authorization"]?.hasPrefix("Bearer ") == true else { return problem(401, "AUTH-00101") }
            let party = request.queryParameters["party"] ?? ""
            let person = request.queryParameters["person"] ?? ""
            let flag = state.withLock { $0.accessManagers["\(party)/\(person)"] } ?? false
            return .json(JSONValue.object([
                ("party", .string(party)), ("partyStatus", "active"), ("person", .string(person)),
                ("roles", []), ("packages", []), ("resources", []), ("isAccessManager", .bool(flag)),
                ("isClientAdministrator", false), ("isMainAdministrator", false), ("hasAnyAccess", .bool(flag)),
                ("position", 0),
            ]).encoded())
        }
        return router
    }

    private static func problem(_ status: Int, _ code: String) -> HTTPResponse {
        .json(JSONValue.object([("status", .int(Int64(status))), ("code", .string(code))]).encoded(), status: status,
              contentType: "application/problem+json")
    }

    private enum StandInError: Error { case approvalFailed(String) }

    /// What the stand-ins know, behind one lock.
    private final class StandInState: @unchecked Sendable {
        struct Value {
            var liveKeys: Set<Key> = []
            var accessManagers: [String: Bool] = [:]
            var lookupQueries: [String] = []
        }

        private let lock = NSLock()
        private var value = Value()

        @discardableResult
        func withLock<T>(_ body: (inout Value) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&value)
        }
    }
}
