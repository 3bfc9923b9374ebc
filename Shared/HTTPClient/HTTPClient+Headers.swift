extension HTTPClient {
    /// The header lines handed to curl. Adds an empty `Expect:` (curl 7.88 would otherwise wait 1 s
    /// for `100 Continue` before a body of about 1 MB or more), an empty `Content-Type:` when a body
    /// has none (curl would claim `application/x-www-form-urlencoded`), and the platform token.
    func headerLines(for request: ClientRequest) throws(HTTPClientError) -> [String] {
        var lines: [String] = []
        for field in request.headers.fields {
            guard Self.isToken(field.name), Self.isFieldValue(field.value) else {
                throw .invalidHeader(peer: peer, name: field.name)
            }
            // curl drops "Name:" but sends "Name;" as a field with an empty value.
            lines.append(field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }
        if !request.headers.contains("Expect") { lines.append("Expect:") }
        if sendsBody(request), !request.headers.contains("Content-Type") { lines.append("Content-Type:") }
        if let tokenProvider, !request.headers.contains("Authorization") {
            let token: String
            do { token = try tokenProvider() } catch {
                throw .tokenUnavailable(peer: peer, detail: String(describing: error))
            }
            guard Self.isFieldValue(token), !token.isEmpty else { throw .invalidHeader(peer: peer, name: "Authorization") }
            lines.append("Authorization: Bearer \(token)")
        }
        return lines
    }

    func sendsBody(_ request: ClientRequest) -> Bool {
        switch request.method {
        case .post, .put, .patch: return true
        case .get, .delete: return !request.body.isEmpty
        case .head: return false
        }
    }

    /// RFC 9110 §5.1: a field name is a token.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
            }
        }
    }

    /// RFC 9110 §5.5: no CR, LF or NUL (nor other controls but HTAB) in a field value.
    static func isFieldValue(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }
    }
}
