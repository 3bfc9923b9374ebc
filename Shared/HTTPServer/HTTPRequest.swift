/// A parsed HTTP/1.x request. `target` is the request-target as sent; `path` and `query` are its
/// origin-form parts (for an absolute-form target, the scheme and authority are stripped, RFC 9112 §3.2.2).
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var target: String
    /// The path, still percent-encoded as sent (routing compares encoded segments; parameters are decoded).
    public var path: String
    /// The raw query string without `?`, or nil when the target has none.
    public var query: String?
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    public var minorVersion: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(method: HTTPMethod, target: String, minorVersion: Int = 1,
                headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
        let (path, query) = HTTPRequest.splitTarget(target)
        self.path = path
        self.query = query
    }

    /// Whether the connection stays open after this request (RFC 9112 §9.3).
    public var keepAlive: Bool {
        let connection = headers.values(for: "Connection").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingSpaces().lowercased() }
        if minorVersion == 0 { return connection.contains("keep-alive") }
        return !connection.contains("close")
    }

    static func splitTarget(_ target: String) -> (path: String, query: String?) {
        // origin-form, nearly every request: split at the first `?` byte, without Character-level scanning.
        let utf8 = target.utf8
        if utf8.first == UInt8(ascii: "/") {
            guard let question = utf8.firstIndex(of: UInt8(ascii: "?")) else { return (target, nil) }
            return (String(decoding: utf8[..<question], as: UTF8.self),
                    String(decoding: utf8[utf8.index(after: question)...], as: UTF8.self))
        }
        var rest = Substring(target)
        // absolute-form: scheme "://" authority path-abempty [ "?" query ]
        if rest.first != "/", let colon = rest.firstIndex(of: ":"),
           rest[colon...].hasPrefix("://") {
            rest = rest[rest.index(colon, offsetBy: 3)...]
            if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) {
                rest = rest[slash...]
            } else {
                rest = "/"
            }
            if rest.first == "?" { rest = "/" + rest }
        }
        if let q = rest.firstIndex(of: "?") {
            return (String(rest[..<q]), String(rest[rest.index(after: q)...]))
        }
        return (String(rest), nil)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
