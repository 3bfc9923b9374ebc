extension HTTPRequest {
    /// Whether the connection persists after this request (RFC 9112 §9.3): HTTP/1.1 unless
    /// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive` and no `close`.
    /// The same rule as `keepAlive`, without allocating on every request.
    var persistsConnection: Bool {
        var close = false
        var keepAlive = false
        for field in headers.fields where field.name.utf8.count == 10 && field.name.caseInsensitiveEquals("Connection") {
            Self.scanConnectionOptions(field.value) { bytes, start, end in
                if ByteClass.equalsIgnoringCase(bytes, start, end, "close") { close = true }
                if ByteClass.equalsIgnoringCase(bytes, start, end, "keep-alive") { keepAlive = true }
            }
        }
        return minorVersion == 0 ? keepAlive && !close : !close
    }

    /// Calls `option` with the bounds of each comma-separated, OWS-trimmed element of `value`.
    private static func scanConnectionOptions(_ value: String,
                                              _ option: (UnsafeRawBufferPointer, Int, Int) -> Void) {
        var value = value
        value.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
                var first = start
                var last = end
                while first < last, ByteClass.isWhitespace(bytes[first]) { first += 1 }
                while last > first, ByteClass.isWhitespace(bytes[last - 1]) { last -= 1 }
                if last > first { option(bytes, first, last) }
                start = end + 1
            }
        }
    }
}
