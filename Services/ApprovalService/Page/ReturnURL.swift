/// The login's `returnUrl` (`approval.md` §9): a path under `/accessmanagement/ui/`, without scheme or host.
enum ReturnURL {
    static let prefix = "/accessmanagement/ui/"

    static func isValid(_ value: String) -> Bool {
        value.hasPrefix(prefix) && !value.hasPrefix("//") && !value.contains("\\")
            && !value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// The login URL that returns to `pathAndQuery`, percent-encoded as one query value.
    static func loginURL(returningTo pathAndQuery: String) -> String {
        "/accessmanagement/ui/login?returnUrl=" + encode(pathAndQuery)
    }

    static func encode(_ value: String) -> String {
        var output = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                output += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return output
    }
}

extension String {
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
