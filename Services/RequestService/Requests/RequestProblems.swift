import Domain
import HTTPServer
import JSON
import ServiceKit

/// The route-level problems of system-user requests, with status and title from `catalogue.md` §6.
enum RequestProblems {
    static func problem(_ code: String, detail: String, extensions: [(String, JSONValue)] = []) -> ProblemDetails {
        let entry = ErrorCatalogue.entry(code)
        return ProblemDetails(status: entry?.status ?? 400, code: code, title: entry?.title ?? code, detail: detail,
                              extensions: extensions)
    }

    static func unknownParty(_ orgNo: String) -> ProblemDetails {
        problem("AUTH-00000", detail: "The organisation \(orgNo) is unknown, deleted or removed in the Registry.")
    }

    static func unknownRequest(_ id: String) -> ProblemDetails {
        problem("AUTH-00010", detail: "No request has the id '\(id)'.")
    }

    static func unknownSystem(_ systemId: String) -> ProblemDetails {
        problem("AUTH-00011", detail: "No registered system has the id '\(systemId)'.")
    }

    static func foreignSystem(_ systemId: String) -> ProblemDetails {
        problem("AUTH-00103", detail: "The system '\(systemId)' belongs to another vendor.")
    }

    /// 409 `AUTH-00013` with the request's status as `status` (see `ProblemDetails.extensions`).
    static func statusNotNew(_ status: RequestStatus) -> ProblemDetails {
        problem("AUTH-00013", detail: "The request's status is \(status.rawValue), not New.",
                extensions: [("status", .string(status.rawValue))])
    }

    static func notAccessManager(_ party: String) -> ProblemDetails {
        problem("AUTH-00066", detail: "The person is not an access manager of \(party).")
    }

    /// 400 `STD.VLD-00003` at `{requestId}` when `text` is not a UUID; the id in lower case otherwise.
    static func requestId(_ text: String) throws -> String {
        guard let id = RequestUUID.normalize(text) else {
            throw RequestFailures.single(.invalidUUID(text, path: "{requestId}"))
        }
        return id
    }
}
