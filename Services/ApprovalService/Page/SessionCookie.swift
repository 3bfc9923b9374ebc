import Foundation
import HTTPServer

/// The session cookie of the HTML routes (`approval.md` §9): `systemtilgang_session` holding a user token,
/// `HttpOnly; SameSite=Lax; Path=/`, `Secure` when `PUBLIC_URL` is https, never `Max-Age` or `Expires`.
struct SessionCookie: Sendable {
    static let name = "systemtilgang_session"

    var secure: Bool

    init(publicURL: String) { secure = publicURL.lowercased().hasPrefix("https:") }

    private var attributes: String { "HttpOnly; SameSite=Lax; Path=/" + (secure ? "; Secure" : "") }

    func set(_ token: String) -> String { "\(Self.name)=\(token); \(attributes)" }

    var clear: String { "\(Self.name)=; \(attributes); Max-Age=0" }

    /// The cookie's value in the request, or nil when none was sent (an empty value counts as none).
    static func value(in request: HTTPRequest) -> String? {
        for header in request.headers.values(for: "Cookie") {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }
}
