@testable import ApprovalService
import Domain
import Foundation
import HTTPClient
import JSON
import Synchronization

/// In-process fakes of the peer protocols, with switches to make them fail.
final class FakeRegistry: RegistryPeer, Sendable {
    let units = Mutex<[String: RegistryUnit]>([:])
    let down = Atomic<Bool>(false)

    func add(_ orgNo: String, name: String, status: String = "active") {
        units.withLock { $0[orgNo] = RegistryUnit(orgNo: orgNo, name: name, status: status) }
    }

    func unit(_ orgNo: String, deadline: Deadline?) throws -> RegistryUnit? {
        if down.load(ordering: .relaxed) { throw HTTPClientError.connectFailed(peer: "registry", detail: "down") }
        return units.withLock { $0[orgNo] }
    }
}

final class FakeDelegation: DelegationPeer, Sendable {
    let rightsByPerson = Mutex<[String: PersonRights]>([:])
    let published = Mutex<[String: SystemUser]>([:])
    let deleted = Mutex<Set<String>>([])
    let clients = Mutex<[String: Int]>([:])
    let down = Atomic<Bool>(false)
    /// Fails only the writes (publish, remove), so rights still answer.
    let writesDown = Atomic<Bool>(false)
    let publishCalls = Atomic<Int>(0)

    func grant(_ pid: String, _ rights: PersonRights) { rightsByPerson.withLock { $0[pid] = rights } }

    func rights(party: String, person: String, deadline: Deadline?) throws -> PersonRights {
        try failIfDown()
        return rightsByPerson.withLock { $0[person] } ?? PersonRights()
    }

    func publish(_ user: SystemUser, deadline: Deadline?) throws -> PublishOutcome {
        try failIfDown()
        try failIfWritesDown()
        publishCalls.add(1, ordering: .relaxed)
        if deleted.withLock({ $0.contains(user.id) }) { return .deletedThere }
        let changed = published.withLock { stored -> Bool in
            defer { stored[user.id] = user }
            return stored[user.id] == nil
        }
        return .published(changed: changed)
    }

    func remove(id: String, deadline: Deadline?) throws -> Int {
        try failIfDown()
        try failIfWritesDown()
        let wasNew = deleted.withLock { $0.insert(id).inserted }
        published.withLock { _ = $0.removeValue(forKey: id) }
        return wasNew ? (clients.withLock { $0.removeValue(forKey: id) } ?? 0) : 0
    }

    private func failIfDown() throws {
        if down.load(ordering: .relaxed) { throw HTTPClientError.connectFailed(peer: "delegation", detail: "down") }
    }

    private func failIfWritesDown() throws {
        if writesDown.load(ordering: .relaxed) { throw HTTPClientError.connectFailed(peer: "delegation", detail: "down") }
    }
}

final class FakeRequestService: RequestServicePeer, Sendable {
    let requests = Mutex<[String: JSONValue]>([:])
    let systems = Mutex<[String: RegisteredSystemInfo]>([:])
    let statusCalls = Mutex<[(id: String, status: String, decidedAt: String)]>([])
    let deletedRequests = Mutex<[String]>([])
    let down = Atomic<Bool>(false)
    let deleteDown = Atomic<Bool>(false)

    func add(request json: JSONValue) {
        requests.withLock { $0[json["id"]?.stringValue ?? ""] = json }
    }

    func update(_ id: String, _ name: String, _ value: JSONValue) {
        requests.withLock { store in
            guard case .object(var members)? = store[id] else { return }
            members.removeAll { $0.0 == name }
            members.append((name, value))
            store[id] = .object(members)
        }
    }

    func status(of id: String) -> String? { requests.withLock { $0[id]?["status"]?.stringValue } }

    func request(id: String, deadline: Deadline?) throws -> SystemUserRequest? {
        try failIfDown()
        return requests.withLock { $0[id] }.flatMap(SystemUserRequest.init(json:))
    }

    func recordStatus(id: String, status: String, systemUserId: String?, decidedBy: Decider, decidedAt: String,
                      deadline: Deadline?) throws -> StatusOutcome {
        try failIfDown()
        statusCalls.withLock { $0.append((id, status, decidedAt)) }
        let current = self.status(of: id) ?? ""
        if current == status { return .recorded(changed: false) }
        guard current == "New" else { return .conflict(status: current) }
        update(id, "status", .string(status))
        if let systemUserId { update(id, "systemUserId", .string(systemUserId)) }
        return .recorded(changed: true)
    }

    func escalate(id: String, by person: Decider, deadline: Deadline?) throws -> EscalationOutcome? {
        try failIfDown()
        guard let current = status(of: id) else { return nil }
        guard current == "New" else { return .conflict(status: current) }
        let first = requests.withLock { $0[id]?["escalatedAt"]?.stringValue }
        if let first { return .escalated(at: first, changed: false) }
        update(id, "escalated", true)
        update(id, "escalatedBy", person.json)
        update(id, "escalatedAt", "2026-11-23T10:01:00Z")
        return .escalated(at: "2026-11-23T10:01:00Z", changed: true)
    }

    func pendingRequests(party: String, type: SystemUserType, escalated: Bool?, deadline: Deadline?) throws -> [SystemUserRequest] {
        try failIfDown()
        return requests.withLock { Array($0.values) }.compactMap(SystemUserRequest.init(json:))
            .filter { $0.partyOrgNo == party && $0.type == type && $0.isNew && (escalated == nil || $0.escalated == escalated) }
            .sorted { $0.id < $1.id }
    }

    func deleteRequest(id: String, deadline: Deadline?) throws -> RequestDeletion {
        try failIfDown()
        if deleteDown.load(ordering: .relaxed) { throw HTTPClientError.connectFailed(peer: "requests", detail: "down") }
        deletedRequests.withLock { $0.append(id) }
        return status(of: id) == nil ? .neverExisted : .deleted
    }

    func system(id: String, deadline: Deadline?) throws -> RegisteredSystemInfo? {
        try failIfDown()
        return systems.withLock { $0[id] }
    }

    func system(clientId: String, deadline: Deadline?) throws -> RegisteredSystemInfo? {
        try failIfDown()
        return clientId == "smartcloud-client" ? systems.withLock({ $0["315602122_smartcloud"] }) : nil
    }

    private func failIfDown() throws {
        if down.load(ordering: .relaxed) { throw HTTPClientError.connectFailed(peer: "requests", detail: "down") }
    }
}
