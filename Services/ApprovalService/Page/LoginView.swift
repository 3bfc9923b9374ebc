/// The demo login form (`approval.md` §9): a pasted token or a person's fødselsnummer, and one button per
/// scenario person; the hidden `returnUrl` carries the query parameter. It says plainly that it is a demo.
struct LoginView {
    var language: PageLanguage
    var returnUrl: String?
    /// Why the last attempt failed (shown with status 400 or 503).
    var failure: String?
    var status = 200

    var text: PageText { PageText.of(language) }

    func page() -> HTMLPage {
        var body = "<h1>" + HTMLText.escape(text.loginTitle) + "</h1>"
            + "<p class=\"banner\">" + HTMLText.escape(text.loginNotice) + "</p>"
        if let failure {
            body += "<div class=\"banner error\" role=\"alert\"><p>" + HTMLText.escape(failure) + "</p></div>"
        }
        body += "<form method=\"post\" action=\"/accessmanagement/ui/login\">" + hiddenReturn
            + "<label for=\"token\">" + HTMLText.escape(text.tokenLabel) + "</label>"
            + "<textarea id=\"token\" name=\"token\" rows=\"3\" autocomplete=\"off\" spellcheck=\"false\"></textarea>"
            + "<label for=\"pid\">" + HTMLText.escape(text.pidLabel) + "</label>"
            + "<input id=\"pid\" name=\"pid\" inputmode=\"numeric\" pattern=\"[0-9]{11}\" maxlength=\"11\" autocomplete=\"off\">"
            + "<div class=\"actions\"><button type=\"submit\" class=\"primary\">" + HTMLText.escape(text.logIn)
            + "</button></div></form>"
        body += "<h2>" + HTMLText.escape(text.scenarioPersons) + "</h2><ul class=\"persons\">"
        for person in DemoPerson.all {
            body += "<li><form method=\"post\" action=\"/accessmanagement/ui/login\">" + hiddenReturn
                + "<input type=\"hidden\" name=\"pid\" value=\"" + HTMLText.escape(person.pid) + "\">"
                + "<button type=\"submit\" aria-label=\"" + HTMLText.escape(text.logInAs + " " + person.name) + "\">"
                + HTMLText.escape(person.name) + "</button></form></li>"
        }
        body += "</ul>"
        return HTMLPage(language: language, title: text.loginTitle, body: body, status: status)
    }

    private var hiddenReturn: String {
        guard let returnUrl else { return "" }
        return "<input type=\"hidden\" name=\"returnUrl\" value=\"" + HTMLText.escape(returnUrl) + "\">"
    }
}
