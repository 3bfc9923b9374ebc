/// `SearchName.indexedText` computed from the already upper-cased name (`UnitDocument.sortName`), so
/// the import upper-cases each name once instead of twice. The split rule is `SearchName.words`'s:
/// Unicode whitespace and `-.,&/()`; `ImportRecordRulesTests` checks both give the same text.
enum ImportNameWords {
    static func indexedText(upperCased name: String, kind: OrganisationForm.UnitKind) -> String {
        var text = ""
        text.reserveCapacity(name.utf8.count + 3)
        var inWord = false
        for scalar in name.unicodeScalars {
            if isSeparator(scalar) {
                inWord = false
                continue
            }
            if !inWord, !text.isEmpty { text.unicodeScalars.append(" ") }
            inWord = true
            text.unicodeScalars.append(scalar)
        }
        if !text.isEmpty { text += " " }
        return text + SearchName.marker(kind)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x2C, 0x26, 0x2F, 0x28, 0x29: return true   // - . , & / ( )
        case 0x21...0x7E: return false
        default: return scalar.properties.isWhitespace
        }
    }
}
