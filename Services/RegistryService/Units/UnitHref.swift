/// Absolute hrefs of the public API, built on `PUBLIC_URL` (§3).
struct UnitHref: Sendable {
    let api: String

    init(publicURL: String) {
        api = publicURL + "/enhetsregisteret/api"
    }

    func unit(_ organisasjonsnummer: String, kind: OrganisationForm.UnitKind) -> String {
        "\(api)/\(kind == .enhet ? "enheter" : "underenheter")/\(organisasjonsnummer)"
    }

    func enhet(_ organisasjonsnummer: String) -> String { "\(api)/enheter/\(organisasjonsnummer)" }

    /// `GET /enheter/{orgnr}/roller` (§3.5), also the `source` of role feed events (§3.7).
    func roles(_ organisasjonsnummer: String) -> String { enhet(organisasjonsnummer) + "/roller" }

    func form(_ code: String) -> String { "\(api)/organisasjonsformer/\(Self.pathSegment(code))" }

    func roleType(_ code: String) -> String { "\(api)/roller/rolletyper/\(Self.pathSegment(code))" }

    func roleGroup(_ code: String) -> String { "\(api)/roller/rollegruppetyper/\(Self.pathSegment(code))" }

    /// Percent-encodes a code as UTF-8 (`FFØR` → `FF%C3%98R`, §3.5); ASCII letters and digits stay.
    static func pathSegment(_ text: String) -> String {
        if text.utf8.allSatisfy({ Self.isUnreserved($0) }) { return text }  // nearly every code
        var result = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"): return true
        default: return false
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
