/// Request ids (`spec/README.md` §Common rules, Request ids): the client's `X-Request-Id` when it is
/// 1–128 characters of `[A-Za-z0-9._-]`, else a new random UUID.
enum RequestIdentifier {
    static func accepts(_ value: String) -> Bool {
        let bytes = value.utf8
        guard !bytes.isEmpty, bytes.count <= 128 else { return false }
        return bytes.allSatisfy(isIdentifierByte)
    }

    /// The request's own id, if it sent an acceptable one.
    static func fromHeaders(_ headers: HTTPHeaders) -> String? {
        for field in headers.fields where field.name.utf8.count == 12 && field.name.caseInsensitiveEquals("X-Request-Id") {
            return accepts(field.value) ? field.value : nil
        }
        return nil
    }

    /// [A-Za-z0-9._-]
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        if byte < 64 { return (0x03ff_6000_0000_0000 as UInt64) >> UInt64(byte) & 1 == 1 }
        if byte < 128 { return (0x07ff_fffe_87ff_fffe as UInt64) >> UInt64(byte - 64) & 1 == 1 }
        return false
    }
}
