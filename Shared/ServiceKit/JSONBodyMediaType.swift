import HTTPServer

/// 415 `STD-00415` (`catalogue.md` §6.4): a JSON endpoint got a body whose `Content-Type` is not
/// `application/json` (parameters such as `charset=utf-8` allowed).
public enum JSONBodyMediaType {
    public static func require(_ request: HTTPRequest) throws {
        guard let value = request.headers["Content-Type"], isJSON(value) else {
            throw ProblemDetails.unsupportedMediaType()
        }
    }

    /// Whether the media type (before any `;` parameters, blanks around it ignored) is `application/json`
    /// in any letter case. Byte by byte: this runs on every decision.
    static func isJSON(_ value: String) -> Bool {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        let type = value.utf8.prefix { $0 != UInt8(ascii: ";") }
        guard let first = type.firstIndex(where: { !isBlank($0) }),
              let last = type.lastIndex(where: { !isBlank($0) }) else { return false }
        let expected = "application/json".utf8
        let candidate = type[first...last]
        guard candidate.count == expected.count else { return false }
        return zip(candidate, expected).allSatisfy { byte, wanted in
            (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) == wanted
        }
    }
}

extension ProblemDetails {
    public static func unsupportedMediaType() -> ProblemDetails {
        ProblemDetails(status: 415, code: "STD-00415", title: "Unsupported media type.",
                       detail: "The body must be application/json.")
    }
}
