import HTTPServer
import ServiceKit

/// The server-rendered approval page behind `confirmUrl` (`approval.md` §9), on the same workflow as the
/// JSON API. The session cookie is read only here, never on the JSON routes.
struct ApprovalPage: Sendable {
    static let root = "/accessmanagement/ui"

    let workflow: ApprovalWorkflow
    let decisions: DecisionMetrics
    let sessions: SessionCheck
    let csrf: CSRFGuard
    let cookie: SessionCookie
    /// The demo login's token source; nil unless `APPROVAL_DEMO_LOGIN=1`.
    let demoLogin: PersonalTokenSource?

    func install(_ router: inout Router) {
        for (segment, agent) in [("request", false), ("agentrequest", true)] {
            let path = Self.root + "/systemuser/" + segment
            router.get(path) { request, context in confirm(request, context, agent: agent) }
            router.post(path) { request, context in confirm(request, context, agent: agent) }
        }
        router.get(Self.root + "/logged-out") { request, _ in
            let language = PageLanguage(acceptLanguage: request.headers["Accept-Language"])
            let text = PageText.of(language)
            return HTMLPage(language: language, title: text.loggedOutTitle,
                            body: "<h1>" + HTMLText.escape(text.loggedOutTitle) + "</h1><p>"
                                + HTMLText.escape(text.loggedOutBody) + "</p>").response(cookies: [cookie.clear])
        }
        router.get(Self.root + "/login") { request, context in login(request, context) }
        router.post(Self.root + "/login") { request, context in login(request, context) }
    }

    static func language(_ request: HTTPRequest) -> PageLanguage {
        PageLanguage(acceptLanguage: request.headers["Accept-Language"])
    }

    /// A page-only problem with a catalogue code, for the HTML answers that have no API equivalent.
    static func problem(_ status: Int, _ code: String, _ detail: String) -> ProblemDetails {
        var problem = ApprovalProblems.problem(code, detail)
        problem.status = status
        return problem
    }
}
