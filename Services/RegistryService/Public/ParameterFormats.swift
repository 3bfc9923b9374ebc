/// The value formats of the public query parameters (`registry.md` §3.4, §3.7). All are strict:
/// ASCII digits only, no signs or spaces.
enum ParameterFormats {
    /// A non-negative integer written with ASCII digits only; nil on overflow.
    static func nonNegativeInteger(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// `true` or `false` in any case.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// `NN`, `NN.N`, `NN.NN` or `NN.NNN`: a næringskode prefix.
    static func isIndustryCodePrefix(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 2 || (4...6).contains(bytes.count), number(bytes[0..<2]) != nil else { return false }
        guard bytes.count > 2 else { return true }
        return bytes[2] == 0x2E && number(bytes[3...]) != nil
    }

    /// Four ASCII digits.
    static func isMunicipality(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 4 && number(bytes[...]) != nil
    }

    /// `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, the `.SSS` part optional (feeds, `registry.md` §3.7), as the
    /// change log writes it: always with milliseconds, so that it compares as text.
    static func feedTime(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 24, bytes.last == 0x5A,
              CalendarDate.isValid(String(decoding: bytes[0..<10], as: UTF8.self)), bytes[10] == 0x54,
              bytes[13] == 0x3A, bytes[16] == 0x3A,
              let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]),
              let second = number(bytes[17..<19]), hour < 24, minute < 60, second < 60 else { return nil }
        if bytes.count == 20 { return String(decoding: bytes[0..<19], as: UTF8.self) + ".000Z" }
        guard bytes[19] == 0x2E, number(bytes[20..<23]) != nil else { return nil }
        return text
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= 0x30 && digit <= 0x39 else { return nil }
            value = value * 10 + Int(digit - 0x30)
        }
        return value
    }
}
