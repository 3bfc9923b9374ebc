import Foundation
import JSON
import XCTest

/// The internal endpoints of the Approval Service (`requests.md` §4.8).
final class RequestInternalTests: RequestTestCase {
    static let dress: JSONValue = ["pid": "12838148288", "userId": 20001]

    func decision(_ status: String, systemUserId: String? = nil, at date: Date = Date()) -> JSONValue {
        var body: JSONValue = ["status": .string(status), "decidedBy": Self.dress,
                               "decidedAt": .string(ISO8601DateFormatter().string(from: date))]
        if let systemUserId { body = body.with("systemUserId", .string(systemUserId)) }
        return body
    }

    func post(_ service: RequestTestService, _ id: String, _ action: String, _ body: JSONValue) throws -> JSONValue? {
        let response = try service.send(.post, "/internal/requests/\(id)/\(action)", token: service.platformToken, body: body)
        return response.jsonValue.map { $0.with("httpStatus", .int(Int64(response.status))) }
    }

    func test_internalRecord_hasEveryField() throws {
        let service = try service
        let created = try service.created(R.standard(service.uniqueRef(), redirect: "https://smartcloud.example/receipt"))
        let id = try XCTUnwrap(created["id"]?.stringValue)
        let record = try XCTUnwrap(try service.internalRecord(id.uppercased()))
        XCTAssertEqual(record["type"], "standard")
        XCTAssertEqual(record["vendorOrgNo"], "315602122")
        XCTAssertEqual(record["isDeleted"], false)
        for name in ["id", "integrationTitle", "externalRef", "systemId", "partyOrgNo", "rights", "accessPackages",
                     "status", "redirectUrl", "confirmUrl", "escalated", "created", "expires", "timedOut"] {
            XCTAssertEqual(record[name], created[name], name)
        }
        XCTAssertNil(record["decidedBy"])
        let agent = try service.created(R.agent(service.uniqueRef()), agent: true)
        XCTAssertEqual(try service.internalRecord(agent["id"]?.stringValue ?? "")?["rights"], [])
        XCTAssertEqual(try service.get("/internal/requests/nope", token: service.platformToken).validationCodes,
                       ["STD.VLD-00003 {requestId}"])
        XCTAssertEqual(try service.get("/internal/requests/\(UUID().uuidString)", token: service.platformToken).code,
                       "AUTH-00010")
    }

    func test_status_isIdempotent_andGuarded() throws {
        let service = try service
        let id = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        let userId = UUID().uuidString.lowercased()
        let first = try post(service, id, "status", decision("Accepted", systemUserId: userId))
        XCTAssertEqual(first?["httpStatus"], 200)
        XCTAssertEqual(first?["changed"], true)
        XCTAssertEqual(first?["status"], "Accepted")
        let later = Date().addingTimeInterval(-60)
        let second = try post(service, id, "status", decision("Accepted", systemUserId: userId, at: later))
        XCTAssertEqual(second?["changed"], false)
        let rejected = try post(service, id, "status", decision("Rejected"))
        XCTAssertEqual(rejected?["httpStatus"], 409)
        XCTAssertEqual(rejected?["code"], "AUTH-00013")
        XCTAssertEqual(rejected?["status"], "Accepted")
        XCTAssertEqual(try post(service, id, "status", decision("Accepted", systemUserId: UUID().uuidString))?["status"],
                       "Accepted")
        let record = try XCTUnwrap(try service.internalRecord(id))
        XCTAssertEqual(record["status"], "Accepted")
        XCTAssertEqual(record["systemUserId"]?.stringValue, userId)
        XCTAssertEqual(record["decidedBy"], Self.dress)
        let audit = try service.audit(action: "request.accepted", target: id)
        XCTAssertEqual(audit.map { $0["outcome"]?.stringValue }, ["ok", "refused"])
        XCTAssertEqual(audit.first?["actor"], ["kind": "person", "pid": "12838148288", "userId": 20001])
        XCTAssertEqual(audit.first?["details"]?["app"], "tests")
        XCTAssertEqual(audit.first?["details"]?["party"], "310202398")
        XCTAssertEqual(try service.get(R.base + "/vendor/\(id)", token: service.smartCloudToken).jsonValue?["status"],
                       "Accepted")
    }

    func test_reject_thenAccept_conflicts() throws {
        let service = try service
        let id = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        XCTAssertEqual(try post(service, id, "status", decision("Rejected"))?["changed"], true)
        XCTAssertEqual(try post(service, id, "status", decision("Rejected"))?["changed"], false)
        let accept = try post(service, id, "status", decision("Accepted", systemUserId: id))
        XCTAssertEqual(accept?["httpStatus"], 409)
        XCTAssertEqual(accept?["status"], "Rejected")
        XCTAssertEqual(try post(service, id, "escalate", ["escalatedBy": Self.dress])?["status"], "Rejected")
    }

    func test_statusBody_isValidatedTogether() throws {
        let service = try service
        let id = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        let bad: JSONValue = ["status": "Accepted", "systemUserId": "x", "decidedBy": ["pid": "12838148289", "userId": -1],
                              "decidedAt": .string(ISO8601DateFormatter().string(from: Date().addingTimeInterval(60)))]
        let response = try service.send(.post, "/internal/requests/\(id)/status", token: service.platformToken, body: bad)
        XCTAssertEqual(response.validationCodes, ["STD.VLD-00003 /systemUserId", "STD.VLD-00002 /decidedBy/pid",
                                                  "STD.VLD-00006 /decidedBy/userId", "STD.VLD-00006 /decidedAt"])
        let missing = try service.send(.post, "/internal/requests/\(id)/status", token: service.platformToken,
                                       body: ["status": "Maybe"])
        XCTAssertEqual(missing.validationCodes, ["STD.VLD-00006 /status", "STD.VLD-00004 /decidedBy",
                                                 "STD.VLD-00004 /decidedAt"])
        let noUser = try service.send(.post, "/internal/requests/\(id)/status", token: service.platformToken,
                                      body: decision("Accepted"))
        XCTAssertEqual(noUser.validationCodes, ["STD.VLD-00004 /systemUserId"])
        let unknown = try post(service, UUID().uuidString, "status", decision("Rejected"))
        XCTAssertEqual(unknown?["code"], "AUTH-00010")
        let malformed = try service.send(.post, "/internal/requests/x/status", token: service.platformToken,
                                         body: decision("Rejected"))
        XCTAssertEqual(malformed.validationCodes, ["STD.VLD-00003 {requestId}"])
    }

    func test_escalate_setsFlagOnce() throws {
        let service = try service
        let id = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        let sindig: JSONValue = ["pid": "02829241792", "userId": 20005]
        let first = try post(service, id, "escalate", ["escalatedBy": sindig])
        XCTAssertEqual(first?["changed"], true)
        XCTAssertEqual(first?["escalated"], true)
        let at = first?["escalatedAt"]
        XCTAssertNotNil(at?.stringValue)
        let second = try post(service, id, "escalate", ["escalatedBy": Self.dress])
        XCTAssertEqual(second?["changed"], false)
        XCTAssertEqual(second?["escalatedAt"], at)
        let record = try service.internalRecord(id)
        XCTAssertEqual(record?["escalatedBy"], sindig)
        XCTAssertEqual(record?["escalated"], true)
        XCTAssertEqual(try service.audit(action: "request.escalated", target: id).count, 1)
        XCTAssertEqual(try post(service, id, "escalate", [:])?["validationErrors"]?[0]?["code"], "STD.VLD-00004")
        XCTAssertEqual(try post(service, UUID().uuidString, "escalate", ["escalatedBy": sindig])?["code"], "AUTH-00010")
    }

    func test_pendingListQuery_filters() throws {
        let service = try service
        let party = RegistryScenario.tilfeldigSubtilApe
        let a = try service.created(R.standard(service.uniqueRef(), party: party))["id"]?.stringValue ?? ""
        let b = try service.created(R.standard(service.uniqueRef(), party: party))["id"]?.stringValue ?? ""
        let c = try service.created(R.agent(service.uniqueRef(), party: party), agent: true)["id"]?.stringValue ?? ""
        _ = try post(service, b, "escalate", ["escalatedBy": Self.dress])
        _ = try post(service, a, "status", decision("Rejected"))
        func ids(_ query: String) throws -> [String] {
            let all = try service.get("/internal/requests?party=\(party)\(query)", token: service.platformToken)
            return (all.jsonValue?["data"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }.filter { [a, b, c].contains($0) }
        }
        XCTAssertEqual(try ids(""), [a, b, c])
        XCTAssertEqual(try ids("&type=agent"), [c])
        XCTAssertEqual(try ids("&status=New"), [b, c])
        XCTAssertEqual(try ids("&status=New&escalated=true"), [b])
        XCTAssertEqual(try ids("&type=standard&escalated=false"), [a])
        XCTAssertEqual(try ids("&status=Timedout"), [])
        let bad = try service.get("/internal/requests?party=310202399&type=x&status=new&escalated=1",
                                  token: service.platformToken)
        XCTAssertEqual(bad.validationCodes, ["STD.VLD-00001 ?party", "STD.VLD-00006 ?type", "STD.VLD-00006 ?status",
                                             "STD.VLD-00006 ?escalated"])
        XCTAssertEqual(try service.get("/internal/requests", token: service.platformToken).validationCodes,
                       ["STD.VLD-00004 ?party"])
    }

    func test_internalDelete_isIdempotent() throws {
        let service = try service
        let ref = service.uniqueRef()
        let id = try XCTUnwrap(try service.created(R.standard(ref))["id"]?.stringValue)
        XCTAssertEqual(try post(service, id, "status", decision("Accepted", systemUserId: id))?["changed"], true)
        let first = try service.send(.delete, "/internal/requests/\(id)", token: service.platformToken)
        XCTAssertEqual(first.status, 204)
        XCTAssertEqual(try service.send(.delete, "/internal/requests/\(id)", token: service.platformToken).status, 204)
        XCTAssertEqual(try service.send(.delete, "/internal/requests/\(UUID().uuidString)", token: service.platformToken).code,
                       "AUTH-00010")
        let audit = try service.audit(action: "request.deleted", target: id)
        XCTAssertEqual(audit.count, 1)
        XCTAssertEqual(audit.first?["actor"], ["kind": "platform", "app": "tests"])
        let record = try service.internalRecord(id)
        XCTAssertEqual(record?["isDeleted"], true)
        XCTAssertEqual(record?["status"], "Accepted", "deletion keeps the status")
        XCTAssertEqual(try post(service, id, "status", decision("Accepted", systemUserId: id))?["changed"], false)
    }
}
