import HTTPServer

extension ApprovalPage {
    /// `GET` and `POST /accessmanagement/ui/login` (`approval.md` §9): demo only, else 404.
    func login(_ request: HTTPRequest, _ context: RequestContext) -> HTTPResponse {
        let language = Self.language(request)
        guard let demoLogin else {
            return ProblemView(problem: Self.problem(404, "STD-00404", "The demo login is not enabled."),
                               language: language).page().response()
        }
        let fields = request.method == .post ? FormFields(request) : nil
        let returnUrl = request.method == .post ? fields?["returnUrl"] : request.queryParameters["returnUrl"]
        var form = LoginView(language: language, returnUrl: nil)
        if let returnUrl {
            guard ReturnURL.isValid(returnUrl) else {
                form.failure = "returnUrl must be a path under /accessmanagement/ui/."
                form.status = 400
                return form.page().response()
            }
            form.returnUrl = returnUrl
        }
        guard let fields else { return form.page().response() }
        switch obtainToken(fields, source: demoLogin, context: context) {
        case .failure(let status, let reason):
            form.failure = reason
            form.status = status
            return form.page().response()
        case .success(let token, let person):
            guard let returnUrl else { return loggedIn(person, language: language, token: token) }
            return HTMLPage.redirect(to: returnUrl, language: language, cookies: [cookie.set(token)])
        }
    }

    private enum LoginOutcome {
        case success(token: String, person: Decider)
        case failure(status: Int, reason: String)
    }

    /// The pasted token, or the one fetched for `pid`; verified as in §2 before any cookie is set.
    private func obtainToken(_ fields: FormFields, source: PersonalTokenSource, context: RequestContext) -> LoginOutcome {
        var token = fields["token"]
        if token == nil, let pid = fields["pid"] {
            guard pid.count == 11, pid.allSatisfy(\.isASCII), pid.allSatisfy(\.isNumber) else {
                return .failure(status: 400, reason: "pid must be 11 digits.")
            }
            do {
                token = try source.token(pid: pid, userId: DemoPerson.with(pid: pid)?.userId,
                                         deadline: context.outgoingDeadline)
            } catch .refused(let status) {
                return .failure(status: 400, reason: "The Token Generator refused the person (HTTP \(status)).")
            } catch {
                return .failure(status: 503, reason: "The Token Generator at \(source.issuer) cannot be reached.")
            }
        }
        guard let token else { return .failure(status: 400, reason: "Give a token or a fødselsnummer.") }
        switch sessions.session(token: token) {
        case .person(let person, let token): return .success(token: token, person: person)
        case .refused(let problem): return .failure(status: 400, reason: problem.title)
        case .none: return .failure(status: 400, reason: "The token is not valid.")
        }
    }

    /// Without `returnUrl`: 200 naming the logged-in person.
    private func loggedIn(_ person: Decider, language: PageLanguage, token: String) -> HTTPResponse {
        let text = PageText.of(language)
        let name = DemoPerson.with(pid: person.pid)?.name
        let who = (name.map { $0 + " " } ?? "") + "(\(person.pid))"
        return HTMLPage(language: language, title: text.loggedInAs,
                        body: "<h1>" + HTMLText.escape(text.loggedInAs) + "</h1><p>" + HTMLText.escape(who) + "</p>")
            .response(cookies: [cookie.set(token)])
    }
}
