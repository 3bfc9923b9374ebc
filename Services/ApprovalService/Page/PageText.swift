/// Every fixed text of the HTML pages, in bokmål and English (`approval.md` §9).
struct PageText: Sendable {
    var confirmTitle: String
    var vendor: String
    var system: String
    var organisation: String
    var organisationNumber: String
    var asks: String
    var rights: String
    var packages: String
    var missing: String
    var lacksSome: String
    var approve: String
    var reject: String
    var forward: String
    var forwardQuestion: String
    var statusAccepted: String
    var statusRejected: String
    var statusExpired: String
    var statusOther: String
    var errorTitle: String
    var errorStatus: String
    var missingItems: String
    var mustLogIn: String
    var forbidden: String
    var loggedOutTitle: String
    var loggedOutBody: String
    var loginTitle: String
    var loginNotice: String
    var tokenLabel: String
    var pidLabel: String
    var logIn: String
    var scenarioPersons: String
    var logInAs: String
    var loggedInAs: String
    var notFound: String
    var backToRequest: String

    static func of(_ language: PageLanguage) -> PageText { language == .en ? english : bokmal }

    static let bokmal = PageText(
        confirmTitle: "Godkjenn systemtilgang", vendor: "Leverandør", system: "System", organisation: "Virksomhet",
        organisationNumber: "org.nr.", asks: "ber om tilgang for systemet sitt til å handle på vegne av virksomheten.",
        rights: "Rettigheter", packages: "Tilgangspakker", missing: "Mangler",
        lacksSome: "Du mangler noe av det systemet ber om, og kan derfor ikke godkjenne selv.",
        approve: "Godkjenn", reject: "Avvis", forward: "Ja, send videre",
        forwardQuestion: "Vil du sende forespørselen videre til en tilgangsstyrer i virksomheten?",
        statusAccepted: "Forespørselen er allerede godkjent.", statusRejected: "Forespørselen er avvist.",
        statusExpired: "Forespørselen er utløpt.", statusOther: "Forespørselen kan ikke lenger behandles.",
        errorTitle: "Det gikk ikke", errorStatus: "HTTP-status", missingItems: "Dette mangler du:",
        mustLogIn: "Du må logge inn via portalen for å se denne forespørselen.",
        forbidden: "Du har ikke tilgang til denne siden.",
        loggedOutTitle: "Du er logget ut", loggedOutBody: "Du kan lukke dette vinduet.",
        loginTitle: "Demo-innlogging – ikke for produksjon",
        loginNotice: "Dette er ikke en ekte innlogging. Den finnes bare for demo og test.",
        tokenLabel: "Brukertoken (JWT)", pidLabel: "Fødselsnummer (11 siffer)", logIn: "Logg inn",
        scenarioPersons: "Personer i demoscenarioet", logInAs: "Logg inn som", loggedInAs: "Du er logget inn som",
        notFound: "Siden finnes ikke.", backToRequest: "Tilbake til forespørselen")

    static let english = PageText(
        confirmTitle: "Approve system access", vendor: "Vendor", system: "System", organisation: "Organisation",
        organisationNumber: "org. no.", asks: "asks for access for its system to act on behalf of the organisation.",
        rights: "Rights", packages: "Access packages", missing: "Missing",
        lacksSome: "You lack some of what the system asks for, so you cannot approve it yourself.",
        approve: "Approve", reject: "Reject", forward: "Yes, forward",
        forwardQuestion: "Do you want to forward the request to an access manager of the organisation?",
        statusAccepted: "The request is already approved.", statusRejected: "The request was rejected.",
        statusExpired: "The request has expired.", statusOther: "The request can no longer be handled.",
        errorTitle: "That did not work", errorStatus: "HTTP status", missingItems: "You are missing:",
        mustLogIn: "You must log in through the portal to see this request.",
        forbidden: "You do not have access to this page.",
        loggedOutTitle: "You are logged out", loggedOutBody: "You can close this window.",
        loginTitle: "Demo login – not for production",
        loginNotice: "This is not a real login. It exists only for demos and tests.",
        tokenLabel: "User token (JWT)", pidLabel: "National identity number (11 digits)", logIn: "Log in",
        scenarioPersons: "Persons of the demo scenario", logInAs: "Log in as", loggedInAs: "You are logged in as",
        notFound: "No such page.", backToRequest: "Back to the request")

    /// The sentence for a request whose status is not `New` (also the 409 `AUTH-00013` page).
    func statusSentence(_ status: String) -> String {
        switch status {
        case "Accepted": return statusAccepted
        case "Rejected", "Denied": return statusRejected
        case "Timedout": return statusExpired
        default: return statusOther
        }
    }
}
