@testable import ApprovalService
import Domain
import Foundation
import HTTPServer
import JSON
import ServiceKit
import SQLite
import XCTest

/// A temporary database and the fakes, wired as `ApprovalAssembly` wires the real parts.
final class ApprovalFixture {
    static let party = "310202398"
    static let vendor = "315602122"
    static let systemId = "315602122_smartcloud"
    static let loggedOut = "http://portal.test/accessmanagement/ui/logged-out"
    static let dress = Decider(pid: "12838148288", userId: 20001)
    static let sindig = Decider(pid: "02829241792", userId: 20005)
    static let praktikant = Decider(pid: "23870151217", userId: 20006)

    let directory: URL
    let database: Database
    let store: SystemUserStore
    let registry = FakeRegistry()
    let delegation = FakeDelegation()
    let requests = FakeRequestService()
    let crashes = CrashRecorder()
    let workflow: ApprovalWorkflow
    let reconciler: Reconciler
    let users: SystemUserDirectory

    init(fault: FaultPoint? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("approval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory.appendingPathComponent("a.sqlite").path,
                                     migrator: Migrator(ApprovalSchema.migrations))
        store = SystemUserStore(database: database)
        let recorder = crashes
        workflow = ApprovalWorkflow(store: store, registry: registry, requests: requests, delegation: delegation,
                                    locks: RequestLocks(), faults: FaultInjector(armed: fault) { recorder.record($0) },
                                    loggedOutURL: Self.loggedOut)
        let outbox = OutboxDelivery(store: store, requests: requests, logger: nil)
        reconciler = Reconciler(store: store, completion: workflow.completion, outbox: outbox, locks: workflow.locks)
        users = SystemUserDirectory(workflow: workflow, outbox: outbox)
        registry.add(Self.party, name: "DISKRET NÆR TIGER AS")
        registry.add(Self.vendor, name: "SMARTCLOUD AS")
        requests.systems.withLock {
            $0[Self.systemId] = RegisteredSystemInfo(
                id: Self.systemId, vendorOrgNo: Self.vendor, name: ["nb": "SmartCloud", "nn": "SmartCloud", "en": "SmartCloud"],
                rights: [Right(resourceId: "ske-krav-og-betalinger"), Right(resourceId: "a-melding")],
                accessPackages: [])
        }
        delegation.grant(Self.dress.pid, PersonRights(isAccessManager: true, isClientAdministrator: true, hasAnyAccess: true,
                                                      resources: ["ske-krav-og-betalinger", "a-melding"]))
        delegation.grant(Self.sindig.pid, PersonRights(isAccessManager: true, hasAnyAccess: true,
                                                       resources: ["ske-krav-og-betalinger"]))
        delegation.grant(Self.praktikant.pid, PersonRights(hasAnyAccess: true, resources: ["ske-skattemelding-naering"]))
    }

    deinit {
        database.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Adds a `New` standard request for the party and returns its id.
    @discardableResult
    func addRequest(type: String = "standard", rights: [String] = ["ske-krav-og-betalinger"], packages: [String] = [],
                    redirect: String? = "https://smartcloud.example/receipt?kunde=0042", status: String = "New",
                    externalRef: String = "ref-1") -> String {
        let id = UUID().uuidString.lowercased()
        var members: [(String, JSONValue)] = [
            ("id", .string(id)), ("type", .string(type)), ("integrationTitle", "SmartCloud"),
            ("externalRef", .string(externalRef)), ("systemId", .string(Self.systemId)), ("vendorOrgNo", .string(Self.vendor)),
            ("partyOrgNo", .string(Self.party)),
            ("rights", .array(rights.map { Right(resourceId: $0).json })),
            ("accessPackages", .array(packages.map { ["urn": .string("urn:altinn:accesspackage:" + $0)] })),
            ("status", .string(status)), ("confirmUrl", "http://portal.test/x"), ("escalated", false),
            ("created", "2026-11-23T10:00:00Z"), ("expires", "2027-05-22T10:00:00Z"), ("timedOut", .bool(status == "Timedout")),
            ("isDeleted", false),
        ]
        if let redirect { members.append(("redirectUrl", .string(redirect))) }
        requests.add(request: .object(members))
        return id
    }

    func call(_ id: String, _ person: Decider = dress, agent: Bool = false, party: String = party) -> DecisionCall {
        DecisionCall(person: person, party: party, requestId: id, agentRoute: agent, deadline: nil)
    }

    func auditActions() throws -> [String] {
        try database.read { try $0.query("SELECT action || ':' || outcome FROM audit_log ORDER BY id").map { try $0[0] as String } }
    }
}

final class CrashRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var points: [FaultPoint] = []

    func record(_ point: FaultPoint) { lock.lock(); points.append(point); lock.unlock() }
    var recorded: [FaultPoint] { lock.lock(); defer { lock.unlock() }; return points }
}

/// Asserts that `body` throws a problem with `code` and returns it.
@discardableResult
func XCTAssertProblem(_ code: String, status: Int? = nil, file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Any) -> ProblemDetails? {
    do {
        _ = try body()
        XCTFail("expected \(code), got success", file: file, line: line)
    } catch let problem as ProblemDetails {
        XCTAssertEqual(problem.code, code, problem.detail ?? "", file: file, line: line)
        if let status { XCTAssertEqual(problem.status, status, file: file, line: line) }
        return problem
    } catch {
        XCTFail("expected \(code), got \(error)", file: file, line: line)
    }
    return nil
}

extension ProblemDetails {
    func extensionValue(_ name: String) -> JSONValue? { extensions.first { $0.0 == name }?.1 }
}
