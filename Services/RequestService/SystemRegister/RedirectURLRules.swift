import Foundation
import JSON

/// `allowedRedirectUrls` (`requests.md` §3.1): absolute, with a host, no userinfo, no fragment,
/// ≤ 2048 characters, `https`, or `http` on a loopback host.
enum RedirectURLRules {
    static func validate(_ value: JSONValue?, failures: inout SystemFailures) -> [String] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            failures.add(.allowedRedirectUrls, "STD.VLD-00005", detail: "allowedRedirectUrls must be an array.")
            return []
        }
        var urls: [String] = []
        for item in items {
            guard case .string(let url) = item else {
                failures.add(.allowedRedirectUrls, "STD.VLD-00005", detail: "Each redirect URL must be a string.")
                continue
            }
            urls.append(url)
            if !isAllowed(url) {
                failures.add(.allowedRedirectUrls, "AUTH.VLD-00005", detail: "'\(url)' is not a valid redirect URL.",
                             values: [url])
            }
        }
        return urls
    }

    static func isAllowed(_ url: String) -> Bool {
        guard url.unicodeScalars.count <= 2048, !url.contains("#"),
              let components = URLComponents(string: url),
              let scheme = components.scheme?.lowercased(),
              let host = components.percentEncodedHost, !host.isEmpty,
              components.percentEncodedUser == nil, components.percentEncodedPassword == nil,
              components.fragment == nil
        else { return false }
        switch scheme {
        case "https": return true
        case "http": return ["localhost", "127.0.0.1", "[::1]", "::1"].contains(host.lowercased())
        default: return false
        }
    }
}
