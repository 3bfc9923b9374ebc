import Domain
import HTTPServer
import JSON

/// The problems of `approval.md`, with the catalogue's titles (`catalogue.md` §6).
enum ApprovalProblems {
    static func problem(_ code: String, _ detail: String, _ extensions: [(String, JSONValue)] = []) -> ProblemDetails {
        let entry = ErrorCatalogue.entry(code)
        return ProblemDetails(status: entry?.status ?? 500, code: code, title: entry?.title ?? code, detail: detail,
                              extensions: extensions)
    }

    static func partyUnknown(_ party: String) -> ProblemDetails {
        problem("AUTH-00000", "The organisation \(party) is unknown, deleted or removed in the Registry.")
    }

    /// 403 `AUTH-00066`; `canEscalate` is omitted where the spec gives none (pending lists, party routes).
    static func notAccessManager(canEscalate: Bool?) -> ProblemDetails {
        problem("AUTH-00066", "The person is not an access manager of the party.",
                canEscalate.map { [("canEscalate", .bool($0))] } ?? [])
    }

    static func noAccess() -> ProblemDetails {
        problem("AUTH-00066", "The person has no access in the party.", [("canEscalate", false)])
    }

    static func requestNotFound(_ id: String, agentRoute: Bool) -> ProblemDetails {
        problem(agentRoute ? "AUTH-00030" : "AUTH-00010", "No \(agentRoute ? "agent " : "")request \(id).")
    }

    static func partyMismatch(agentRoute: Bool) -> ProblemDetails {
        problem(agentRoute ? "AUTH-00042" : "AUTH-00041", "The party is not the request's partyOrgNo.")
    }

    static func notNew(status: String, systemUserId: String? = nil) -> ProblemDetails {
        var extensions: [(String, JSONValue)] = [("status", .string(status))]
        if let systemUserId { extensions.append(("systemUserId", .string(systemUserId))) }
        return problem("AUTH-00013", "The request's status is \(status).", extensions)
    }

    static func systemNotFound(_ id: String) -> ProblemDetails {
        problem("AUTH-00011", "No system \(id).")
    }

    static func missing(_ items: MissingItems) -> ProblemDetails {
        problem("AUTH-00016",
                "The user lacks \(items.rights.count) of the requested rights and \(items.packages.count) of the requested access packages.",
                [("missingRights", JSONValue(items.rights)), ("missingPackages", JSONValue(items.packages)),
                 ("canEscalate", true)])
    }

    static func keyTaken() -> ProblemDetails {
        problem("AUTH-00004", "A system user with this system, party and external reference exists.")
    }

    static func inProgress() -> ProblemDetails {
        problem("AUTH-00104", "An approval of this request is still being completed.")
    }

    static func userNotFound(_ id: String) -> ProblemDetails {
        problem("AUTH-00015", "No system user \(id).")
    }

    static func foreignParty() -> ProblemDetails {
        problem("AUTH-00024", "The system user belongs to another party.")
    }

    static func wrongType(agentPath: Bool) -> ProblemDetails {
        agentPath ? problem("AUTH-00034", "The system user is a standard system user.")
            : problem("AUTH-00036", "The system user is an agent system user.")
    }

    static func nothingToGrant(_ systemId: String) -> ProblemDetails {
        problem("AUTH-00059", "The system \(systemId) has neither rights nor access packages.")
    }

    static func foreignVendor(_ systemId: String) -> ProblemDetails {
        problem("AUTH-00103", "The system \(systemId) belongs to another vendor.")
    }
}
