import JSON

/// Where the person goes after a decision (`approval.md` §4.2): the request's verified redirect URL, or
/// `LOGGED_OUT_URL`; `loggedOut` is always true.
struct RedirectTarget: Sendable, Equatable {
    var url: String
    var kind: String

    init(request: SystemUserRequest, loggedOutURL: String) {
        if let redirect = request.redirectUrl {
            url = redirect
            kind = "vendor"
        } else {
            url = loggedOutURL
            kind = "loggedOut"
        }
    }

    var members: [(String, JSONValue)] {
        [("redirectUrl", .string(url)), ("redirectKind", .string(kind)), ("loggedOut", true)]
    }
}
