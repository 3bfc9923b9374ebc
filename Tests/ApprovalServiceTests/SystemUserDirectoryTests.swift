@testable import ApprovalService
import JSON
import XCTest

/// User-driven creation, lists, delete with the outbox, vendor and token-issuer reads (`approval.md` §6–8).
final class SystemUserDirectoryTests: XCTestCase {
    private let party = ApprovalFixture.party

    func test_create_makesStandardUserWithAllSystemRights_andRefusesSecond() throws {
        let fixture = try ApprovalFixture()
        let user = try fixture.users.create(party: party, body: { CreationBody(systemId: ApprovalFixture.systemId) },
                                            person: ApprovalFixture.dress, deadline: nil)
        XCTAssertEqual(user["externalRef"]?.stringValue, party)
        XCTAssertEqual(user["integrationTitle"], "SmartCloud")
        XCTAssertEqual(user["rights"]?.arrayValue?.count, 2)
        XCTAssertProblem("AUTH-00004") {
            try fixture.users.create(party: self.party, body: { CreationBody(systemId: ApprovalFixture.systemId) },
                                     person: ApprovalFixture.dress, deadline: nil)
        }
        XCTAssertEqual(try fixture.auditActions(), ["systemuser.created:ok", "systemuser.create-refused:refused"])
    }

    func test_create_appliesANDRuleOverAllSystemRights() throws {
        let fixture = try ApprovalFixture()
        let problem = XCTAssertProblem("AUTH-00016") {
            try fixture.users.create(party: self.party, body: { CreationBody(systemId: ApprovalFixture.systemId) },
                                     person: ApprovalFixture.sindig, deadline: nil)
        }
        XCTAssertEqual(problem?.extensionValue("missingRights"), ["a-melding"])
    }

    func test_creationBody_reportsEveryFailure() {
        let problem = XCTAssertProblem("STD-00000") {
            try CreationBody(json: ["SYSTEMID": 5, "integrationTitle": .string(String(repeating: "x", count: 256))])
        }
        let codes = (problem?.extensionValue("validationErrors")?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
        XCTAssertEqual(codes, ["STD.VLD-00005", "STD.VLD-00008"])
        XCTAssertEqual(try? CreationBody(json: ["systemid": " s "]).systemId, "s")
    }

    func test_creationBody_readsNullAsAbsent() throws {
        let body = try CreationBody(json: ["systemId": "s", "integrationTitle": .null])
        XCTAssertEqual(body.systemId, "s")
        XCTAssertNil(body.integrationTitle)
        let problem = XCTAssertProblem("STD-00000") { try CreationBody(json: ["systemId": .null]) }
        let codes = (problem?.extensionValue("validationErrors")?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
        XCTAssertEqual(codes, ["STD.VLD-00004"], "a null systemId is missing, not of the wrong type")
    }

    func test_delete_agentUser_removesClientsAndSoftDeletesRequest() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest(type: "agent", rights: [], packages: ["regnskapsforer-lonn"])
        fixture.requests.systems.withLock {
            $0[ApprovalFixture.systemId]?.accessPackages = ["urn:altinn:accesspackage:regnskapsforer-lonn"]
        }
        _ = try fixture.workflow.approve(fixture.call(id, agent: true))
        fixture.delegation.clients.withLock { $0[id] = 2 }
        XCTAssertProblem("AUTH-00036") {
            try fixture.users.delete(party: self.party, id: id, agentPath: false, facilitator: nil,
                                     person: ApprovalFixture.dress, deadline: nil)
        }
        XCTAssertProblem("AUTH-00024") {
            try fixture.users.delete(party: self.party, id: id, agentPath: true, facilitator: "314250052",
                                     person: ApprovalFixture.dress, deadline: nil)
        }
        let answer = try fixture.users.delete(party: party, id: id, agentPath: true,
                                              facilitator: "454b4ce1-d89b-563c-b63f-287d646808d0",
                                              person: ApprovalFixture.dress, deadline: nil)
        XCTAssertEqual(answer["removedClientDelegations"], 2)
        XCTAssertEqual(fixture.requests.deletedRequests.withLock { $0 }, [id])
        XCTAssertEqual(try fixture.store.outboxCount(), 0)
        XCTAssertProblem("AUTH-00015") {
            try fixture.users.delete(party: self.party, id: id, agentPath: true, facilitator: nil,
                                     person: ApprovalFixture.dress, deadline: nil)
        }
    }

    func test_delete_keepsOutboxEntry_whenRequestServiceFails_andReconcilerDeliversIt() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        _ = try fixture.workflow.approve(fixture.call(id))
        fixture.requests.deleteDown.store(true, ordering: .relaxed)
        let answer = try fixture.users.delete(party: party, id: id, agentPath: false, facilitator: nil,
                                              person: ApprovalFixture.dress, deadline: nil)
        XCTAssertEqual(answer["isDeleted"], true)
        XCTAssertEqual(try fixture.reconciler.runPass(onlySettled: false).outbox, 1)
        fixture.requests.deleteDown.store(false, ordering: .relaxed)
        XCTAssertEqual(try fixture.reconciler.runPass(onlySettled: false).outbox, 0)
        XCTAssertEqual(fixture.requests.deletedRequests.withLock { $0 }, [id])
    }

    func test_delete_changesNothing_whenDelegationIsDown() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        _ = try fixture.workflow.approve(fixture.call(id))
        fixture.delegation.writesDown.store(true, ordering: .relaxed)
        XCTAssertThrowsError(try fixture.users.delete(party: party, id: id, agentPath: false, facilitator: nil,
                                                      person: ApprovalFixture.dress, deadline: nil))
        XCTAssertEqual(try fixture.store.user(id: id)?.state, .active)
    }

    func test_listsAndVendorReads_showOnlyActiveUsers() throws {
        let fixture = try ApprovalFixture()
        let id = fixture.addRequest()
        _ = try fixture.workflow.approve(fixture.call(id))
        let list = try fixture.users.list(party: party, type: .standard, person: ApprovalFixture.dress, deadline: nil)
        XCTAssertEqual(list[0]?["id"]?.stringValue, id)
        XCTAssertEqual(list[0]?["partyUuId"], "454b4ce1-d89b-563c-b63f-287d646808d0")
        let vendors = VendorDirectory(store: fixture.store, requests: fixture.requests, pageSize: 1)
        let lookup = try vendors.byExternalId(.init("clientId=smartcloud-client&systemProviderOrgNo=315602122&systemUserOwnerOrgNo=\(party)&externalRef=ref-1"),
                                              deadline: nil)
        XCTAssertEqual(lookup["id"]?.stringValue, id)
        XCTAssertEqual(lookup["productName"]?.stringValue, ApprovalFixture.systemId)
        XCTAssertNil(lookup["partyId"])
        XCTAssertProblem("AUTH-00015") {
            try vendors.byExternalId(.init("clientId=smartcloud-client&systemProviderOrgNo=315602149&systemUserOwnerOrgNo=\(self.party)&externalRef=ref-1"),
                                     deadline: nil)
        }
    }

    func test_bySystem_pagesWithoutSkippingOrRepeating() throws {
        let fixture = try ApprovalFixture()
        var ids: [String] = []
        for index in 0..<3 {
            let id = fixture.addRequest(externalRef: "ref-\(index)")
            _ = try fixture.workflow.approve(fixture.call(id))
            ids.append(id)
        }
        let vendors = VendorDirectory(store: fixture.store, requests: fixture.requests, pageSize: 2)
        let vendor = VendorPrincipalFixture.smartCloud
        let first = try vendors.bySystem(ApprovalFixture.systemId, token: nil, vendor: vendor, publicURL: "http://a", deadline: nil)
        let next = try XCTUnwrap(first["links"]?["next"]?.stringValue)
        let token = String(next.split(separator: "=").last ?? "")
        let second = try vendors.bySystem(ApprovalFixture.systemId, token: token, vendor: vendor, publicURL: "http://a", deadline: nil)
        let seen = (first["data"]?.arrayValue ?? []) + (second["data"]?.arrayValue ?? [])
        XCTAssertEqual(seen.compactMap { $0["id"]?.stringValue }, ids)
        XCTAssertEqual(second["links"]?["next"], .null)
        XCTAssertProblem("STD-00000") {
            try vendors.bySystem(ApprovalFixture.systemId, token: "!!", vendor: vendor, publicURL: "http://a", deadline: nil)
        }
    }
}
