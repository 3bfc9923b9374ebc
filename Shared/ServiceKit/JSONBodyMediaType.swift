import HTTPServer

/// 415 `STD-00415` (`catalogue.md` §6.4): a JSON endpoint got a body whose `Content-Type` is not
/// `application/json` (parameters such as `charset=utf-8` allowed).
public enum JSONBodyMediaType {
    public static func require(_ request: HTTPRequest) throws {
        let mediaType = request.headers["Content-Type"]?.split(separator: ";", maxSplits: 1).first
            .map { $0.trimmingCharacters(in: " \t").lowercased() }
        guard mediaType == "application/json" else { throw ProblemDetails.unsupportedMediaType() }
    }
}

extension ProblemDetails {
    public static func unsupportedMediaType() -> ProblemDetails {
        ProblemDetails(status: 415, code: "STD-00415", title: "Unsupported media type.",
                       detail: "The body must be application/json.")
    }
}
