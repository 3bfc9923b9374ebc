import Domain
import HTTPServer
import ServiceKit

/// `?party=<orgnr>[&type=][&status=][&escalated=]` of `GET /internal/requests` (`requests.md` §4.8);
/// every failure together, unknown parameters ignored.
struct InternalRequestQuery {
    var party: String
    var type: RequestType?
    var status: RequestStatus?
    var escalated: Bool?

    init(_ query: QueryParameters) throws {
        var failures = ValidationFailures()
        party = query["party"] ?? ""
        if party.isEmpty {
            failures.add(.missing(path: "?party"))
        } else if !OrganizationNumber.isValid(party) {
            failures.add(.invalidOrganizationNumber(party, path: "?party"))
        }
        if let text = query["type"] {
            type = RequestType(rawValue: text)
            if type == nil { failures.add(.invalidValue(path: "?type", detail: "type must be standard or agent.")) }
        }
        if let text = query["status"] {
            status = RequestStatus(rawValue: text)
            if status == nil { failures.add(.invalidValue(path: "?status", detail: "status must be a request status.")) }
        }
        if let text = query["escalated"] {
            switch text {
            case "true": escalated = true
            case "false": escalated = false
            default: failures.add(.invalidValue(path: "?escalated", detail: "escalated must be true or false."))
            }
        }
        try failures.check()
    }
}
