/// The MOD11 check digit shared by organisasjonsnumre and fødselsnumre.
enum Modulo11 {
    /// 11 − (Σ digit·weight mod 11); 11 becomes 0, and 10 means no valid check digit (nil).
    static func checkDigit(_ digits: ArraySlice<Int>, weights: [Int]) -> Int? {
        var sum = 0
        for (digit, weight) in zip(digits, weights) { sum += digit * weight }
        let check = 11 - sum % 11
        switch check {
        case 11: return 0
        case 10: return nil
        default: return check
        }
    }
}

enum Digits {
    /// The digits of `text` when it is exactly `count` ASCII digits.
    static func parse(_ text: String, count: Int) -> [Int]? {
        let utf8 = text.utf8
        guard utf8.count == count else { return nil }
        var digits: [Int] = []
        digits.reserveCapacity(count)
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            digits.append(Int(byte - UInt8(ascii: "0")))
        }
        return digits
    }
}
