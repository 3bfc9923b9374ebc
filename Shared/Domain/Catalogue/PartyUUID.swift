import Foundation

/// The party UUID of an organisation (`catalogue.md` §5): the RFC 9562 version-5 (SHA-1, name-based)
/// UUID with the URL namespace `6ba7b811-9dad-11d1-80b4-00c04fd430c8` and the name
/// `urn:altinn:organization:identifier-no:<orgnr>`. It is computed, never stored, and the same in every
/// service. Written in lower case.
///
/// The mapping only goes one way: a UUID cannot be turned back into an organisation number. To resolve a
/// UUID given where an "orgnr or party UUID" is accepted, compute the party UUID of each candidate
/// organisation (the facilitator's clients, a system user's owner and delegated clients) and pick the one
/// that matches (`PartyReference.resolve(among:)`); a UUID that matches no candidate is unresolvable.
public struct PartyUUID: Hashable, Sendable, CustomStringConvertible {
    public static let namespace = UUID(uuid: (0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1,
                                              0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8))
    public static let namePrefix = "urn:altinn:organization:identifier-no:"

    public let uuid: UUID

    public init(_ organization: OrganizationNumber) {
        uuid = PartyUUID.version5(name: PartyUUID.namePrefix + organization.rawValue)
    }

    public init(uuid: UUID) { self.uuid = uuid }

    /// Lower case, 8-4-4-4-12.
    public var description: String { uuid.uuidString.lowercased() }

    /// RFC 9562 §5.5: SHA-1 over namespace bytes and name, first 16 bytes, version 5, variant 10.
    static func version5(name: String) -> UUID {
        let namespace = namespace.uuid
        var input = withUnsafeBytes(of: namespace) { Array($0) }
        input += Array(name.utf8)
        var bytes = Array(SHA1.digest(input).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
