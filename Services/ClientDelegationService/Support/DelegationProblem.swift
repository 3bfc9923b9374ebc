import Domain
import HTTPServer
import JSON

/// Problems with a catalogue code (`catalogue.md` §6): status and title come from the error catalogue.
enum DelegationProblem {
    static func make(_ code: String, detail: String, extensions: [(String, JSONValue)] = []) -> ProblemDetails {
        let entry = ErrorCatalogue.entry(code)
        return ProblemDetails(status: entry?.status ?? 400, code: code, title: entry?.title ?? code, detail: detail,
                              extensions: extensions)
    }

    static let clientAdministratorPackages: JSONValue = JSONValue(
        ["urn:altinn:accesspackage:klientadministrator", "urn:altinn:accesspackage:hovedadministrator"])

    static func notClientAdministrator(of party: String) -> ProblemDetails {
        make("AUTH-00100", detail: "The person is not a client administrator of \(party).",
             extensions: [("requiredAnyOf", clientAdministratorPackages)])
    }

    static func notAccessManager(of party: String) -> ProblemDetails {
        make("AUTH-00066", detail: "The person is not an access manager of \(party).")
    }
}
