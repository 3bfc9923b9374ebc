import Foundation
import JSON
import ServiceKit

/// The body of `POST /internal/requests/{id}/status` (`requests.md` §4.8), validated with every
/// failure together.
struct RequestDecision: Sendable {
    /// How far `decidedAt` may be ahead of this service's clock.
    static let clockTolerance: TimeInterval = 5

    var status: RequestStatus
    /// Set for `Accepted` only.
    var systemUserId: String?
    var decidedBy: PersonReference
    var decidedAt: Date

    /// The status named by a body, when it is one of the two allowed (for the refusal's audit action).
    static func statusName(in sent: JSONValue) -> RequestStatus? {
        let status = BodyNormalization.normalize(sent)["status"]?.stringValue.flatMap(RequestStatus.init(rawValue:))
        return status == .accepted || status == .rejected ? status : nil
    }

    static func parse(_ sent: JSONValue?, now: Date) throws -> RequestDecision {
        guard let sent, case .object = sent else {
            throw RequestFailures.single(.invalidJSON(path: "/", detail: "The body must be a JSON object."))
        }
        let body = BodyNormalization.normalize(sent)
        var failures = RequestFailures()
        let status = parseStatus(body["status"], failures: &failures)
        var systemUserId: String?
        if status == .accepted {
            switch body["systemuserid"] {
            case nil: failures.add(.missing(path: "/systemUserId"), rank: 1)
            case .string(let text)?:
                systemUserId = RequestUUID.normalize(text)
                if systemUserId == nil { failures.add(.invalidUUID(text, path: "/systemUserId"), rank: 1) }
            case .some: failures.add(.invalidJSON(path: "/systemUserId", detail: "systemUserId must be a string."), rank: 1)
            }
        }
        let person = PersonReference.parse(body["decidedby"], path: "/decidedBy", rank: 2, failures: &failures)
        let decidedAt = parseTime(body["decidedat"], now: now, failures: &failures)
        try failures.check()
        guard let status, let person, let decidedAt else { throw RequestFailures.single(.missing(path: "/status")) }
        return RequestDecision(status: status, systemUserId: systemUserId, decidedBy: person, decidedAt: decidedAt)
    }

    private static func parseStatus(_ value: JSONValue?, failures: inout RequestFailures) -> RequestStatus? {
        switch value {
        case nil:
            failures.add(.missing(path: "/status"), rank: 0)
        case .string(let text)?:
            if let status = RequestStatus(rawValue: text), status == .accepted || status == .rejected { return status }
            failures.add(.invalidValue(path: "/status", detail: "status must be Accepted or Rejected."), rank: 0)
        case .some:
            failures.add(.invalidJSON(path: "/status", detail: "status must be a string."), rank: 0)
        }
        return nil
    }

    private static func parseTime(_ value: JSONValue?, now: Date, failures: inout RequestFailures) -> Date? {
        switch value {
        case nil:
            failures.add(.missing(path: "/decidedAt"), rank: 3)
        case .string(let text)?:
            guard let date = Timestamp.parse(text) else {
                failures.add(.invalidValue(path: "/decidedAt", detail: "decidedAt must be an RFC 3339 time."), rank: 3)
                return nil
            }
            guard date.timeIntervalSince(now) <= clockTolerance else {
                failures.add(.invalidValue(path: "/decidedAt", detail: "decidedAt is in the future."), rank: 3)
                return nil
            }
            return date
        case .some:
            failures.add(.invalidJSON(path: "/decidedAt", detail: "decidedAt must be a string."), rank: 3)
        }
        return nil
    }
}
