import Auth
import HTTPClient
import HTTPServer
import JSON
import ServiceKit

extension ApprovalPage {
    static let actions = ["approve", "reject", "escalate"]

    /// `GET` and `POST` of the confirm page (`approval.md` §9).
    func confirm(_ request: HTTPRequest, _ context: RequestContext, agent: Bool) -> HTTPResponse {
        let language = Self.language(request)
        let pathAndQuery = request.path + (request.query.map { "?" + $0 } ?? "")
        let person: Decider
        let token: String
        switch sessions.session(request) {
        case .none(let cookieSent):
            return noSession(returnTo: pathAndQuery, language: language, cookieSent: cookieSent)
        case .refused(let problem):
            return ProblemView(problem: problem, language: language).page().response()
        case .person(let decider, let value):
            (person, token) = (decider, value)
        }
        let query = request.queryParameters
        guard let id = query["id"]?.lowercased(), PathParameters.isUUID(id) else {
            let code = query.contains("id") ? "STD.VLD-00003" : "STD.VLD-00004"
            return errorPage(Self.problem(400, code, "The query parameter id must be a UUID."), language)
        }
        let page = ConfirmView(read: .null, language: language, formAction: pathAndQuery,
                               csrf: csrf.token(cookie: token, requestId: id))
        if request.method == .post {
            return decide(request, page, call: DecisionCall(person: person, party: "", requestId: id, agentRoute: agent,
                                                            deadline: context.outgoingDeadline), token: token)
        }
        return render(page, call: DecisionCall(person: person, party: "", requestId: id, agentRoute: agent,
                                               deadline: context.outgoingDeadline))
    }

    /// §9 "No session": 303 to the demo login (clearing a sent cookie), or 401 asking to log in via the portal.
    private func noSession(returnTo pathAndQuery: String, language: PageLanguage, cookieSent: Bool) -> HTTPResponse {
        guard demoLogin != nil else {
            let problem = ProblemDetails(AuthError.invalidToken(detail: "No session: log in through the portal."))
            return ProblemView(problem: problem, language: language).page().response(cookies: cookieSent ? [cookie.clear] : [])
        }
        return HTMLPage.redirect(to: ReturnURL.loginURL(returningTo: pathAndQuery), language: language,
                                 cookies: cookieSent ? [cookie.clear] : [])
    }

    /// GET: the §5.1 read, then the page or the error page.
    private func render(_ page: ConfirmView, call: DecisionCall) -> HTTPResponse {
        do {
            var page = page
            page.read = try read(call)
            return page.page().response()
        } catch {
            return errorPage(Self.problem(from: error), page.language)
        }
    }

    /// POST: `csrf` (403), `action` (400), the §5.1 read, then §4, §5.2 or §5.3 with the request's party.
    private func decide(_ request: HTTPRequest, _ page: ConfirmView, call: DecisionCall, token: String) -> HTTPResponse {
        let fields = FormFields(request)
        guard csrf.isValid(fields["csrf"], cookie: token, requestId: call.requestId) else {
            return errorPage(ProblemDetails(status: 403, code: "CSRF", title: "The form's csrf field is missing or not valid."),
                             page.language, back: page.formAction)
        }
        guard let action = fields["action"], Self.actions.contains(action) else {
            return errorPage(Self.problem(400, "STD.VLD-00006", "action must be approve, reject or escalate."),
                             page.language, back: page.formAction)
        }
        var call = call
        do {
            call.party = try read(call)["partyOrgNo"]?.stringValue ?? ""
            let answer = try decisions.count(action) {
                switch action {
                case "approve": return try workflow.approve(call)
                case "reject": return try workflow.reject(call)
                default: return try workflow.escalate(call)
                }
            }
            let location = answer["redirectUrl"]?.stringValue ?? workflow.loggedOutURL
            return HTMLPage.redirect(to: location, language: page.language, cookies: [cookie.clear])
        } catch {
            var failed = page
            failed.problem = Self.problem(from: error)
            guard let read = try? read(call) else { return errorPage(Self.problem(from: error), page.language) }
            failed.read = read
            return failed.page().response()
        }
    }

    private func read(_ call: DecisionCall) throws -> JSONValue {
        try workflow.confirmRead(requestId: call.requestId, agentRoute: call.agentRoute, person: call.person,
                                 deadline: call.deadline)
    }

    private func errorPage(_ problem: ProblemDetails, _ language: PageLanguage, back: String? = nil) -> HTTPResponse {
        ProblemView(problem: problem, language: language, backLink: back).page().response()
    }

    /// The problem an API route would answer for `error` (peer failures are 503/504 `STD-00503`).
    static func problem(from error: any Error) -> ProblemDetails {
        if let problem = error as? ProblemDetails { return problem }
        if let failure = error as? HTTPClientError { return ProblemDetails(failure) }
        return ProblemDetails.internalError()
    }
}
