import HTTPServer
import JSON

/// An error page or banner (`approval.md` §9): the API's HTTP status and the problem's `title`; for
/// `AUTH-00016` the missing items, for 409 `AUTH-00013` "already approved", "rejected" or "expired".
struct ProblemView {
    var problem: ProblemDetails
    var language: PageLanguage
    /// A link back to the confirm page, when there is one to go back to.
    var backLink: String?

    init(problem: ProblemDetails, language: PageLanguage, backLink: String? = nil) {
        self.problem = problem
        self.language = language
        self.backLink = backLink
    }

    var text: PageText { PageText.of(language) }

    func page() -> HTMLPage {
        var body = "<h1>" + HTMLText.escape(text.errorTitle) + "</h1>" + banner()
        if let backLink {
            body += "<p><a href=\"" + HTMLText.escape(backLink) + "\">" + HTMLText.escape(text.backToRequest) + "</a></p>"
        }
        return HTMLPage(language: language, title: text.errorTitle, body: body, status: problem.status)
    }

    func banner() -> String {
        var html = "<div class=\"banner error\" role=\"alert\">"
        if let sentence = sentence { html += "<p><strong>" + HTMLText.escape(sentence) + "</strong></p>" }
        html += "<p>" + HTMLText.escape(problem.title) + "</p>"
            + "<p class=\"id\">" + HTMLText.escape("\(text.errorStatus) \(problem.status) · \(problem.code)") + "</p>"
        if problem.code == "AUTH-00016" { html += missingItems() }
        return html + "</div>"
    }

    private var sentence: String? {
        switch (problem.status, problem.code) {
        case (409, "AUTH-00013"): return text.statusSentence(value("status")?.stringValue ?? "")
        case (401, _): return text.mustLogIn
        case (403, "AUTH-00102"), (403, "AUTH-00020"): return text.forbidden
        default: return nil
        }
    }

    private func missingItems() -> String {
        let rights = (value("missingRights")?.arrayValue ?? []).compactMap(\.stringValue).map {
            RequestItems.Item(label: RequestItems.resourceName($0), id: $0, missing: false)
        }
        let packages = (value("missingPackages")?.arrayValue ?? []).compactMap(\.stringValue).map {
            RequestItems.Item(label: RequestItems.packageName($0, language: language), id: $0, missing: false)
        }
        return "<p>" + HTMLText.escape(text.missingItems) + "</p>"
            + RequestItems.list(rights, showId: true, text: text) + RequestItems.list(packages, showId: false, text: text)
    }

    private func value(_ name: String) -> JSONValue? { problem.extensions.first { $0.0 == name }?.1 }
}
