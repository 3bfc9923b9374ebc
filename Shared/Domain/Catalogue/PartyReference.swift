import Foundation
import JSON

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

    /// Strictly 36 characters: hex groups of 8, 4, 4, 4 and 12 separated by hyphens. Parsed by hand:
    /// Foundation's `UUID(uuidString:)` goes through `sscanf` (2 % of a decision).
    public static func parseUUID(_ text: String) -> UUID? {
        var bytes = [UInt8](repeating: 0, count: 16)
        var count = 0
        var high: UInt8?
        for (index, byte) in text.utf8.enumerated() {
            guard index < 36 else { return nil }
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard let nibble = HexDigit.value(byte) else { return nil }
            if let first = high {
                bytes[count] = first << 4 | nibble
                count += 1
                high = nil
            } else {
                high = nibble
            }
        }
        guard count == 16 else { return nil }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
