import Foundation
import HTTPClient

/// Browser-like calls for the page tests: cookies, `Accept-Language`, form bodies; redirects are not followed.
enum PageHTTP {
    static let ui = "/accessmanagement/ui"

    static func get(_ url: String, cookie: String? = nil, language: String? = nil) throws -> ClientResponse {
        try TestHTTP.get(url, headers: headers(cookie: cookie, language: language))
    }

    static func post(_ url: String, form: [(String, String)], cookie: String? = nil,
                     language: String? = nil) throws -> ClientResponse {
        var headers = headers(cookie: cookie, language: language)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        let body = form.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return try TestHTTP.send(.post, url, headers: headers, body: Array(body.utf8))
    }

    static func headers(cookie: String?, language: String?) -> ClientHeaders {
        var headers = ClientHeaders()
        if let cookie { headers["Cookie"] = "systemtilgang_session=\(cookie)" }
        if let language { headers["Accept-Language"] = language }
        return headers
    }

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// RFC 3986 unreserved characters, the only ones left unencoded.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func confirmPath(_ id: String, agent: Bool = false) -> String {
        ui + "/systemuser/" + (agent ? "agentrequest" : "request") + "?id=\(id)&DONTCHOOSEREPORTEE=true"
    }

    /// The `csrf` value of the confirm form.
    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension ClientResponse {
    var setCookies: [String] { headers.values(for: "Set-Cookie") }
}
