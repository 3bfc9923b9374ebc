import Foundation

/// A parameter that takes an "orgnr or party UUID" (`catalogue.md` §5, for example `client` in
/// `delegation.md` §3.4): a valid 9-digit organisation number, or a UUID written 8-4-4-4-12 in
/// hexadecimal digits of either case.
public enum PartyReference: Hashable, Sendable {
    case organization(OrganizationNumber)
    case partyUUID(UUID)

    /// Nil when `text` is neither a valid organisation number nor a UUID.
    public init?(_ text: String) {
        if let number = OrganizationNumber(rawValue: text) {
            self = .organization(number)
        } else if let uuid = PartyReference.parseUUID(text) {
            self = .partyUUID(uuid)
        } else {
            return nil
        }
    }

    /// The organisation among `candidates` that this reference names: the number itself when it is one
    /// of them, or the candidate whose party UUID equals the UUID. Nil when none matches.
    public func resolve(among candidates: some Sequence<OrganizationNumber>) -> OrganizationNumber? {
        switch self {
        case .organization(let number): return candidates.first { $0 == number }
        case .partyUUID(let uuid): return candidates.first { PartyUUID($0).uuid == uuid }
        }
    }

    /// Whether this reference names `organization` (by number, or by its computed party UUID).
    public func matches(_ organization: OrganizationNumber) -> Bool {
        switch self {
        case .organization(let number): return number == organization
        case .partyUUID(let uuid): return PartyUUID(organization).uuid == uuid
        }
    }

    /// The organisation number when the reference is one; a UUID needs `resolve(among:)`.
    public var organizationNumber: OrganizationNumber? {
        if case .organization(let number) = self { return number }
        return nil
    }

    /// Strictly 36 characters: hex groups of 8, 4, 4, 4 and 12 separated by hyphens.
    public static func parseUUID(_ text: String) -> UUID? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 36 else { return nil }
        for (index, byte) in utf8.enumerated() {
            let isHyphenPosition = index == 8 || index == 13 || index == 18 || index == 23
            if isHyphenPosition {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard isHexDigit(byte) else { return nil }
            }
        }
        return UUID(uuidString: text)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
