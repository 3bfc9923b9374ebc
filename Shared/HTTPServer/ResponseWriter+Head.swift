extension ResponseWriter {
    /// How the body is delimited on the wire (RFC 9112 §6).
    enum ResponseFraming: Equatable {
        /// No body: 1xx, 204, 304 (RFC 9110 §6.4.1).
        case none
        case length(Int)
        case chunked
        /// A stream to an HTTP/1.0 client, which does not know chunked: the close ends the body.
        case untilClose
    }

    struct HeadPlan {
        var framing: ResponseFraming
        var keepAlive: Bool
    }

    /// Writes the status line and header fields into `head`: the responder's fields, then
    /// `extraHeaders` (the context's), then `X-Request-Id`, `Date`, the framing and `Connection`.
    /// The responder cannot set framing fields; a `Connection: close` of its own is honoured.
    mutating func buildHead(_ response: HTTPResponse, extraHeaders: HTTPHeaders?, exchange: Exchange) -> HeadPlan {
        head.removeAll(keepingCapacity: true)
        let status = (100...999).contains(response.status) ? response.status : 500
        head.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(status)
        head.append(UInt8(ascii: " "))
        head.append(contentsOf: HTTPStatus.reasonPhrase(status).utf8)
        appendCRLF()

        var seen = SeenFields()
        appendFields(response.headers, seen: &seen)
        if let extraHeaders { appendFields(extraHeaders, seen: &seen) }
        if !seen.requestId { appendField("X-Request-Id", exchange.requestId) }
        if !seen.date { date.appendLine(to: &head) }

        var plan = HeadPlan(framing: Self.framing(response, status: status, minorVersion: exchange.minorVersion),
                            keepAlive: exchange.keepAlive && !seen.close)
        switch plan.framing {
        case .length(let length):
            head.append(contentsOf: "Content-Length: ".utf8)
            appendDecimal(length)
            appendCRLF()
        case .chunked:
            head.append(contentsOf: "Transfer-Encoding: chunked\r\n".utf8)
        case .untilClose:
            plan.keepAlive = false
        case .none:
            break
        }
        if !plan.keepAlive {
            head.append(contentsOf: "Connection: close\r\n".utf8)
        } else if exchange.minorVersion == 0 {
            head.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        appendCRLF()
        return plan
    }

    private static func framing(_ response: HTTPResponse, status: Int, minorVersion: Int) -> ResponseFraming {
        if status < 200 || status == 204 || status == 304 { return .none }
        switch response.body {
        case .bytes(let body): return .length(body.count)
        case .stream: return minorVersion >= 1 ? .chunked : .untilClose
        }
    }

    private struct SeenFields {
        var date = false
        var requestId = false
        var close = false
    }

    private mutating func appendFields(_ headers: HTTPHeaders, seen: inout SeenFields) {
        for field in headers.fields {
            let name = field.name
            switch name.utf8.count {
            case 4 where name.caseInsensitiveEquals("Date"):
                seen.date = true
            case 10 where name.caseInsensitiveEquals("Connection"):
                if field.value.lowercased().contains("close") { seen.close = true }
                continue
            case 12 where name.caseInsensitiveEquals("X-Request-Id"):
                seen.requestId = true
            case 14 where name.caseInsensitiveEquals("Content-Length"),
                 17 where name.caseInsensitiveEquals("Transfer-Encoding"):
                continue
            default:
                break
            }
            appendField(name, field.value)
        }
    }

    /// Appends `name: value` CRLF. A name that is not a token is dropped; CTLs in a value (CR and LF
    /// above all, which would split the response) become spaces.
    private mutating func appendField(_ name: String, _ value: String) {
        var name = name, value = value
        let isToken = name.withUTF8 { !$0.isEmpty && $0.allSatisfy(ByteClass.isTokenByte) }
        guard isToken else { return }
        name.withUTF8 { head.append(contentsOf: $0) }
        head.append(ByteClass.colon)
        head.append(ByteClass.space)
        value.withUTF8 { bytes in
            // Most values are clean and go in one copy.
            guard bytes.allSatisfy(ByteClass.isFieldValueByte) else {
                for byte in bytes { head.append(ByteClass.isFieldValueByte(byte) ? byte : ByteClass.space) }
                return
            }
            head.append(contentsOf: bytes)
        }
        appendCRLF()
    }

    private mutating func appendCRLF() {
        head.append(ByteClass.cr)
        head.append(ByteClass.lf)
    }

    private mutating func appendDecimal(_ value: Int) {
        guard value > 0 else {
            head.append(UInt8(ascii: "0"))
            return
        }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            head.append(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
