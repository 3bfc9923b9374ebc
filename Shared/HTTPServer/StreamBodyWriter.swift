/// The `ResponseBodyWriter` handed to a `.stream` body: each `write` is one chunk (RFC 9112 §7.1),
/// written at once with blocking semantics, so memory stays flat however long the body is.
/// For an HTTP/1.0 client the bytes go out unchunked and the close ends the body.
struct StreamBodyWriter: ResponseBodyWriter {
    let socket: Socket
    let chunked: Bool
    let stallTimeout: Double

    func write(_ bytes: [UInt8]) throws {
        // An empty chunk would read as the last-chunk; there is nothing to send anyway.
        guard !bytes.isEmpty else { return }
        let error: SocketWriteError? = bytes.withUnsafeBytes { (body) -> SocketWriteError? in
            do throws(SocketWriteError) {
                if chunked {
                    try writeChunk(body)
                } else {
                    try socket.sendAll(body, stallTimeout: stallTimeout)
                }
                return nil
            } catch {
                return error
            }
        }
        if let error { throw error }
    }

    private func writeChunk(_ body: UnsafeRawBufferPointer) throws(SocketWriteError) {
        var sizeLine = (UInt64(0), UInt64(0), UInt64(0))  // room for 16 hex digits and CRLF
        let crlf: StaticString = "\r\n"
        let error: SocketWriteError? = withUnsafeMutableBytes(of: &sizeLine) { (line) -> SocketWriteError? in
            let length = Self.formatSizeLine(body.count, into: line)
            do throws(SocketWriteError) {
                try socket.sendAll(UnsafeRawBufferPointer(rebasing: line[..<length]), body,
                                   UnsafeRawBufferPointer(start: crlf.utf8Start, count: 2), stallTimeout: stallTimeout)
                return nil
            } catch {
                return error
            }
        }
        if let error { throw error }
    }

    /// last-chunk and an empty trailer section.
    func finish() throws {
        let last: StaticString = "0\r\n\r\n"
        try socket.sendAll(UnsafeRawBufferPointer(start: last.utf8Start, count: last.utf8CodeUnitCount),
                           stallTimeout: stallTimeout)
    }

    /// chunk-size in hexadecimal followed by CRLF; returns the length written.
    private static func formatSizeLine(_ size: Int, into line: UnsafeMutableRawBufferPointer) -> Int {
        var digits = 1
        while digits < 16, size >> (4 * digits) != 0 { digits += 1 }
        for index in 0..<digits {
            let nibble = UInt8((size >> (4 * (digits - 1 - index))) & 0xf)
            line[index] = nibble < 10 ? 48 + nibble : 87 + nibble
        }
        line[digits] = ByteClass.cr
        line[digits + 1] = ByteClass.lf
        return digits + 2
    }
}
