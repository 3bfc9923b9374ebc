/// The page language (`approval.md` §9): English when, among the `Accept-Language` entries whose primary
/// subtag is `en`, `nb`, `nn` or `no`, the one with the highest `q` (the first on a tie) is `en`; bokmål
/// otherwise, including for `nn` and without the header.
enum PageLanguage: String, Sendable {
    case nb, en

    static let considered: Set<String> = ["en", "nb", "nn", "no"]

    init(acceptLanguage header: String?) {
        var best: (tag: String, q: Double)?
        for entry in (header ?? "").split(separator: ",") {
            guard let (tag, q) = Self.parse(entry), Self.considered.contains(tag), q > 0 else { continue }
            if q > (best?.q ?? -1) { best = (tag, q) }
        }
        self = best?.tag == "en" ? .en : .nb
    }

    /// The primary subtag (lowercased) and `q` of one entry; nil when `q` is malformed.
    private static func parse(_ entry: Substring) -> (String, Double)? {
        let parts = entry.split(separator: ";", omittingEmptySubsequences: false)
        let range = parts[0].trimmingCharacters(in: " \t")
        let primary = range.split(separator: "-", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        var q = 1.0
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: " \t") }
            guard pair.count == 2, pair[0].lowercased() == "q" else { continue }
            guard let value = Double(pair[1]), (0...1).contains(value) else { return nil }
            q = value
        }
        return (primary, q)
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
