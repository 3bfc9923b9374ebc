import HTTPServer
import JSON

/// The confirm page (`approval.md` §9) built from the confirm-page read of §5.1: who asks, for which
/// organisation, what, what the person lacks, and the buttons §5.1's flags allow.
struct ConfirmView {
    var read: JSONValue
    var language: PageLanguage
    /// The form's target: the page's own path and query.
    var formAction: String
    var csrf: String
    /// A failed POST: the page again with the problem's title and status.
    var problem: ProblemDetails?

    var text: PageText { PageText.of(language) }

    func page() -> HTMLPage {
        var body = "<h1>" + HTMLText.escape(text.confirmTitle) + "</h1>"
        if let problem { body += ProblemView(problem: problem, language: language).banner() }
        body += summary() + items()
        let status = read["status"]?.stringValue ?? ""
        if status != "New" {
            body += "<p class=\"banner\" role=\"status\">" + HTMLText.escape(text.statusSentence(status)) + "</p>"
        } else {
            body += actions()
        }
        return HTMLPage(language: language, title: text.confirmTitle, body: body, status: problem?.status ?? 200)
    }

    private func summary() -> String {
        let vendorName = read["vendor"]?["name"]?.stringValue ?? ""
        let vendorOrgNo = read["vendor"]?["orgNo"]?.stringValue ?? ""
        let partyName = read["partyName"]?.stringValue ?? ""
        let partyOrgNo = read["partyOrgNo"]?.stringValue ?? ""
        let lead = named(vendorName, vendorOrgNo) + " " + HTMLText.escape(text.asks)
        return "<p>" + lead + "</p><dl>"
            + "<dt>" + HTMLText.escape(text.vendor) + "</dt><dd>" + named(vendorName, vendorOrgNo) + "</dd>"
            + "<dt>" + HTMLText.escape(text.system) + "</dt><dd>" + HTMLText.escape(systemName) + "</dd>"
            + "<dt>" + HTMLText.escape(text.organisation) + "</dt><dd>" + named(partyName, partyOrgNo) + "</dd>"
            + "</dl>"
    }

    /// "NAME (org.nr. 123456789)", escaped; the number alone when the name is unknown.
    private func named(_ name: String, _ orgNo: String) -> String {
        let number = HTMLText.escape(text.organisationNumber + " " + orgNo)
        return name.isEmpty ? number : HTMLText.escape(name) + " (" + number + ")"
    }

    private var systemName: String {
        let names = read["systemName"]
        return names?[language.rawValue]?.stringValue ?? names?["nb"]?.stringValue
            ?? read["systemId"]?.stringValue ?? ""
    }

    private func items() -> String {
        var html = ""
        let resources = RequestItems.resources(of: read, missing: RequestItems.strings(read["missingRights"]))
        if !resources.isEmpty {
            html += "<h2>" + HTMLText.escape(text.rights) + "</h2>" + RequestItems.list(resources, showId: true, text: text)
        }
        let packages = RequestItems.packages(of: read, missing: RequestItems.strings(read["missingPackages"]),
                                             language: language)
        if !packages.isEmpty {
            html += "<h2>" + HTMLText.escape(text.packages) + "</h2>" + RequestItems.list(packages, showId: false, text: text)
        }
        return html
    }

    private func actions() -> String {
        let approve = read["userMayApprove"]?.boolValue == true
        let reject = read["userMayReject"]?.boolValue == true
        let forward = read["userMayEscalateButNotApprove"]?.boolValue == true
        guard approve || reject || forward else { return "" }
        var html = ""
        if forward {
            html += "<p class=\"banner\">" + HTMLText.escape(text.lacksSome) + " "
                + HTMLText.escape(text.forwardQuestion) + "</p>"
        }
        html += "<form method=\"post\" action=\"" + HTMLText.escape(formAction) + "\">"
            + "<input type=\"hidden\" name=\"csrf\" value=\"" + HTMLText.escape(csrf) + "\">"
            + "<div class=\"actions\">"
        if approve { html += button("approve", text.approve, primary: true) }
        if forward { html += button("escalate", text.forward, primary: !approve) }
        if reject { html += button("reject", text.reject, primary: false) }
        return html + "</div></form>"
    }

    private func button(_ action: String, _ label: String, primary: Bool) -> String {
        "<button type=\"submit\" name=\"action\" value=\"\(action)\"" + (primary ? " class=\"primary\"" : "") + ">"
            + HTMLText.escape(label) + "</button>"
    }
}
