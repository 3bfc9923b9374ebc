import Foundation

/// Content negotiation of the public API (§2): each endpoint family accepts a fixed list of `Accept`
/// entries and answers its vendor type when an accepted entry names it.
enum PublicMediaType: Sendable {
    case enhet, underenhet, rolle, codeList
    case enhetDownload, underenhetDownload, rolleDownload

    static let json = "application/json;charset=UTF-8"

    /// The vendor media type of the family, if it has one.
    var vendorType: String? {
        switch self {
        case .enhet: return "application/vnd.brreg.enhetsregisteret.enhet.v2+json"
        case .underenhet: return "application/vnd.brreg.enhetsregisteret.underenhet.v2+json"
        case .rolle: return "application/vnd.brreg.enhetsregisteret.rolle.v1+json"
        case .codeList: return nil
        case .enhetDownload: return "application/vnd.brreg.enhetsregisteret.enhet.v2+gzip"
        case .underenhetDownload: return "application/vnd.brreg.enhetsregisteret.underenhet.v2+gzip"
        case .rolleDownload: return "application/vnd.brreg.enhetsregisteret.rolle.v1+gzip"
        }
    }

    private var isDownload: Bool {
        switch self {
        case .enhetDownload, .underenhetDownload, .rolleDownload: return true
        default: return false
        }
    }

    /// The generic entries accepted besides the vendor type.
    private var genericTypes: [String] {
        switch self {
        case .enhet, .underenhet: return ["*/*", "application/*", "application/json"]
        case .rolle: return ["*/*", "application/json"]
        case .codeList: return ["*/*", "application/json"]
        case .enhetDownload, .underenhetDownload, .rolleDownload: return ["*/*", "application/gzip"]
        }
    }

    /// The default answer type when no accepted entry names the vendor type.
    private var defaultType: String { isDownload ? "application/gzip" : Self.json }

    /// The `Content-Type` to answer with, or nil (406) when no entry of `accept` is acceptable.
    /// `accept` holds the request's `Accept` field values; none (or only blanks) counts as absent.
    func negotiate(_ accept: [String]) -> String? {
        let isAbsent = accept.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "," } }
        guard !isAbsent else { return defaultType }
        let entries = Self.entries(accept)
        if let vendor = vendorType, entries.contains(vendor) {
            return isDownload ? vendor : vendor + ";charset=UTF-8"
        }
        return entries.contains { genericTypes.contains($0) } ? defaultType : nil
    }

    /// The lower-cased media types of the entries, parameters dropped, entries with `q=0` left out.
    static func entries(_ accept: [String]) -> [String] {
        var result: [String] = []
        for element in accept.flatMap({ $0.split(separator: ",") }) {
            let parts = element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let type = parts.first, !type.isEmpty else { continue }
            let refused = parts.dropFirst().contains { parameter in
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return pair.count == 2 && pair[0].lowercased() == "q" && (Double(pair[1]) ?? 1) == 0
            }
            if !refused { result.append(type.lowercased()) }
        }
        return result
    }
}
