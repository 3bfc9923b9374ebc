import Foundation

/// Step 8 of `requests.md` §4.4: a request's `redirectUrl` must match one of the system's
/// `allowedRedirectUrls` by scheme, host, port (defaults made explicit) and path (exact, not decoded,
/// empty = `/`). Query and fragment are ignored in the comparison.
struct RedirectURLMatch: Equatable {
    var scheme: String
    var host: String
    var port: Int
    var path: String

    /// Nil unless `url` is an absolute `http` or `https` URL with a host and without userinfo.
    init?(_ url: String) {
        guard let components = URLComponents(string: url),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.percentEncodedHost, !host.isEmpty,
              components.percentEncodedUser == nil, components.percentEncodedPassword == nil
        else { return nil }
        self.scheme = scheme
        self.host = host.lowercased()
        port = components.port ?? (scheme == "https" ? 443 : 80)
        path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
    }

    /// Throws `AUTH-00021` or `AUTH-00026` when `url` may not be used with a system allowing `allowed`.
    static func check(_ url: String, allowed: [String]) throws {
        guard let wanted = RedirectURLMatch(url) else {
            throw RequestProblems.problem("AUTH-00021", detail: "'\(url)' is not an absolute http or https URL.")
        }
        guard !allowed.isEmpty else {
            throw RequestProblems.problem("AUTH-00026", detail: "The system has no allowed redirect URLs.")
        }
        guard allowed.contains(where: { RedirectURLMatch($0) == wanted }) else {
            throw RequestProblems.problem("AUTH-00021", detail: "'\(url)' matches none of the system's redirect URLs.")
        }
    }
}
