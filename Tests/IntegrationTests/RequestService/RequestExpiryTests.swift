import Foundation
import JSON
import XCTest

/// Expiry (`REQUEST_TTL_SECONDS=2`, `requests.md` §4.3) and paging (`REQUEST_PAGE_SIZE=3`, §4.5).
final class RequestExpiryTests: RequestTestCase {
    override class var environment: [String: String] { ["REQUEST_TTL_SECONDS": "2", "REQUEST_PAGE_SIZE": "3"] }

    func test_expiredRequest_readsTimedout_andIsSupersededByANewCreate() throws {
        let service = try service
        let ref = service.uniqueRef()
        let first = try service.created(R.standard(ref))
        let id = try XCTUnwrap(first["id"]?.stringValue)
        let created = try XCTUnwrap(first["created"]?.stringValue).replacingOccurrences(of: "Z", with: "")
        let expires = try XCTUnwrap(first["expires"]?.stringValue).replacingOccurrences(of: "Z", with: "")
        let parse = { (text: String) in ISO8601DateFormatter().date(from: text + "Z") }
        XCTAssertEqual(parse(expires)?.timeIntervalSince(parse(created) ?? Date()), 2)
        let escalatedFirst = try service.send(.post, "/internal/requests/\(id)/escalate", token: service.platformToken,
                                              body: ["escalatedBy": RequestInternalTests.dress])
        XCTAssertEqual(escalatedFirst.status, 200)
        Thread.sleep(forTimeInterval: 3)
        let read = try service.get(R.base + "/vendor/\(id)", token: service.smartCloudToken)
        XCTAssertEqual(read.jsonValue?["status"], "Timedout")
        XCTAssertEqual(read.jsonValue?["timedOut"], true)
        let escalate = try service.send(.post, "/internal/requests/\(id)/escalate", token: service.platformToken,
                                        body: ["escalatedBy": RequestInternalTests.dress])
        XCTAssertEqual(escalate.status, 409)
        XCTAssertEqual(escalate.jsonValue?["status"], "Timedout")
        let second = try service.create(R.standard(ref))
        XCTAssertEqual(second.status, 201, second.text)
        XCTAssertNotEqual(second.jsonValue?["id"]?.stringValue, id)
        XCTAssertEqual(try service.internalRecord(id)?["isDeleted"], true)
        let superseded = try service.audit(action: "request.superseded", target: id)
        XCTAssertEqual(superseded.count, 1)
        XCTAssertEqual(superseded.first?["actor"]?["org"], "315602122")
    }

    func test_lateDecision_beforeExpiry_completes_andAfterExpiry_conflicts() throws {
        let service = try service
        let before = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        let after = try XCTUnwrap(try service.created(R.standard(service.uniqueRef()))["id"]?.stringValue)
        let decidedEarly = ISO8601DateFormatter().string(from: Date())
        Thread.sleep(forTimeInterval: 3)
        func decide(_ id: String, at time: String) throws -> ClientResponseSummary {
            let body: JSONValue = ["status": "Rejected", "decidedBy": RequestInternalTests.dress, "decidedAt": .string(time)]
            let response = try service.send(.post, "/internal/requests/\(id)/status", token: service.platformToken, body: body)
            return ClientResponseSummary(status: response.status, json: response.jsonValue)
        }
        let late = try decide(before, at: decidedEarly)
        XCTAssertEqual(late.status, 200)
        XCTAssertEqual(late.json?["changed"], true)
        let expired = try decide(after, at: ISO8601DateFormatter().string(from: Date()))
        XCTAssertEqual(expired.status, 409)
        XCTAssertEqual(expired.json?["code"], "AUTH-00013")
        XCTAssertEqual(expired.json?["status"], "Timedout")
    }

    func test_bysystem_pagesWithoutRepeats() throws {
        let service = try service
        let system = R.agentSystem
        var ids: [String] = []
        for _ in 0..<7 {
            ids.append(try service.created(R.agent(service.uniqueRef()), agent: true)["id"]?.stringValue ?? "")
        }
        let deleted = ids.remove(at: 5)
        XCTAssertEqual(try service.send(.delete, R.base + "/vendor/\(deleted)", token: service.smartCloudToken).status, 202)
        var seen: [String] = []
        var url: String? = service.process.baseURL + R.base + "/vendor/agent/bysystem/\(system)"
        var pages = 0
        while let next = url, pages < 10 {
            let page = try TestHTTP.get(next, token: service.smartCloudToken)
            XCTAssertEqual(page.status, 200, page.text)
            let data = page.jsonValue?["data"]?.arrayValue ?? []
            XCTAssertLessThanOrEqual(data.count, 3)
            seen += data.compactMap { $0["id"]?.stringValue }
            url = page.jsonValue?["links"]?["next"]?.stringValue
            XCTAssertEqual(page.jsonValue?["links"].map { $0["next"] != nil }, true, "next is always written")
            pages += 1
        }
        XCTAssertEqual(seen, ids)
        XCTAssertEqual(pages, 2, "6 live items, 3 per page: the second page has next null")
        let standard = try service.get(R.base + "/vendor/bysystem/\(system)", token: service.smartCloudToken)
        XCTAssertEqual(standard.text, #"{"links":{"next":null},"data":[]}"#)
        let firstPage = try service.get(R.base + "/vendor/agent/bysystem/\(system)", token: service.smartCloudToken)
        let token = try XCTUnwrap(firstPage.jsonValue?["links"]?["next"]?.stringValue?.components(separatedBy: "?token=").last)
        XCTAssertEqual(try service.get(R.base + "/vendor/bysystem/\(system)?token=\(token)", token: service.smartCloudToken)
            .validationCodes, ["STD.VLD-00007 ?token"], "a token of the other type")
        XCTAssertEqual(try service.get(R.base + "/vendor/agent/bysystem/\(R.standardSystem)?token=\(token)",
                                       token: service.smartCloudToken).validationCodes, ["STD.VLD-00007 ?token"])
        XCTAssertEqual(try service.get(R.base + "/vendor/agent/bysystem/\(system)?token=%%%", token: service.smartCloudToken)
            .status, 400)
        XCTAssertEqual(try service.get(R.base + "/vendor/agent/bysystem/\(system)?token=", token: service.smartCloudToken)
            .jsonValue?["data"]?.arrayValue?.count, 3, "an empty token counts as absent")
        XCTAssertEqual(try service.get(R.base + "/vendor/bysystem/nope", token: service.smartCloudToken).code, "AUTH-00011")
        XCTAssertEqual(try service.get(R.base + "/vendor/bysystem/\(R.konkurrentSystem)", token: service.smartCloudToken).code,
                       "AUTH-00103")
    }
}
