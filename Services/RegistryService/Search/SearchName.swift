/// Name matching of `navn=` (`registry.md` §3.4): text is upper-cased with Unicode case mapping and
/// split on whitespace and `-.,&/()`; a unit matches when every query word is a prefix of a name word.
///
/// The FTS5 table `unit_names` holds `indexedText(navn, kind:)` of every active unit: its name words plus a
/// kind marker (`.E` or `.U`), so a name search is answered by the FTS index alone, without reading units.
/// No query word can match a marker: query words never contain `.` (a separator), so `"WORD"*` never
/// matches a token that starts with one. Each query word becomes the prefix phrase `"WORD"*`.
enum SearchName {
    static let maximumLength = 180

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.uppercased().unicodeScalars {
            if scalar.properties.isWhitespace || separators.contains(scalar) {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// What writers insert into (and delete from) `unit_names.navn` for an active unit.
    static func indexedText(_ navn: String, kind: OrganisationForm.UnitKind) -> String {
        (words(navn) + [marker(kind)]).joined(separator: " ")
    }

    /// The FTS5 query: the kind marker and every word as a quoted prefix phrase, implicitly ANDed.
    static func matchExpression(_ words: [String], kind: OrganisationForm.UnitKind) -> String {
        ([quoted(marker(kind))] + words.map { quoted($0) + "*" }).joined(separator: " ")
    }

    static func marker(_ kind: OrganisationForm.UnitKind) -> String {
        kind == .enhet ? ".E" : ".U"
    }

    private static let separators: Set<Unicode.Scalar> = ["-", ".", ",", "&", "/", "(", ")"]

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
