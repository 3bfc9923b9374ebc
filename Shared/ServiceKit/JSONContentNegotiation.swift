import HTTPServer

/// 406 `STD-00406` for a JSON API route whose `Accept` matches none of `application/json`,
/// `application/problem+json`, `application/*` and `*/*` (an absent `Accept` matches).
/// Routes that do not answer JSON (`/metrics`, `/health/*`, HTML pages) do not use it.
public struct JSONContentNegotiation: Middleware {
    public init() {}

    public func handle(_ request: HTTPRequest, context: RequestContext,
                       next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
        let accept = request.headers.values(for: "Accept")
        guard accept.isEmpty || MediaRanges(accept).acceptsAny(of: Self.produced) else {
            throw ProblemDetails(status: 406, code: "STD-00406", title: "Not acceptable.",
                                 detail: "This route answers application/json.")
        }
        return try next(request, context)
    }

    static let produced = ["application/json", "application/problem+json"]
}

/// The media ranges of `Accept` headers (RFC 9110 §12.5.1), without their weights except q=0.
public struct MediaRanges: Sendable {
    public struct Range: Sendable {
        public var type: String
        public var subtype: String
        public var quality: Double
    }

    public private(set) var ranges: [Range] = []

    public init(_ headerValues: [String]) {
        for element in headerValues.flatMap({ $0.split(separator: ",") }) {
            let parts = element.split(separator: ";").map { $0.trimmingCharacters(in: " \t") }
            guard let mediaRange = parts.first, !mediaRange.isEmpty else { continue }
            let typeParts = mediaRange.lowercased().split(separator: "/", maxSplits: 1)
            guard typeParts.count == 2 else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingCharacters(in: " ").lowercased() == "q" {
                    quality = Double(pair[1].trimmingCharacters(in: " ")) ?? 1
                }
            }
            ranges.append(Range(type: String(typeParts[0]), subtype: String(typeParts[1]), quality: quality))
        }
    }

    /// Whether any range with q > 0 matches one of `mediaTypes` (`type/subtype`, no parameters).
    public func acceptsAny(of mediaTypes: [String]) -> Bool {
        mediaTypes.contains { accepts($0) }
    }

    public func accepts(_ mediaType: String) -> Bool {
        let parts = mediaType.lowercased().split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        return ranges.contains { range in
            range.quality > 0
                && (range.type == "*" || range.type == parts[0])
                && (range.subtype == "*" || range.subtype == parts[1])
        }
    }
}
