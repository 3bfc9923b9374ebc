import Domain
import JSON

extension Principal {
    static let consumerAuthority = "iso6523-actorid-upis"
    static let consumerPrefix = "0192:"

    /// Classifies a verified claim set: `urn:altinn:app` → platform, else `pid` → user, else vendor
    /// (spec README §Tokens), and checks the claims that kind requires.
    init(claims: JSONValue) throws(AuthError) {
        let scopes = try Self.scopes(in: claims)
        if let app = claims["urn:altinn:app"] {
            guard let name = app.stringValue, !name.isEmpty else {
                throw .invalidToken(detail: "The urn:altinn:app claim must be a non-empty string.")
            }
            self = .platform(PlatformPrincipal(app: name, scopes: scopes))
        } else if let pid = claims["pid"] {
            self = .user(try Self.user(pid: pid, claims: claims, scopes: scopes))
        } else {
            self = .vendor(try Self.vendor(claims: claims, scopes: scopes))
        }
    }

    private static func scopes(in claims: JSONValue) throws(AuthError) -> Set<String> {
        guard let scope = claims["scope"] else { return [] }
        guard let text = scope.stringValue else {
            throw .invalidToken(detail: "The scope claim must be a space-separated string.")
        }
        return Set(text.split(separator: " ").map(String.init))
    }

    private static func user(pid: JSONValue, claims: JSONValue, scopes: Set<String>) throws(AuthError) -> UserPrincipal {
        guard let pid = pid.stringValue, PersonIdentifier.isValid(pid) else {
            throw .invalidToken(detail: "The pid claim is not a valid fødselsnummer.")
        }
        guard let userIdClaim = claims["urn:altinn:userid"], let userId = nonNegativeInteger(userIdClaim) else {
            throw .invalidToken(detail: "The urn:altinn:userid claim must be a non-negative integer.")
        }
        // A missing or malformed level is not a bad token: it counts as 0, and endpoints that need
        // level 3 answer 403 AUTH-00020 (requests.md §2), not 401.
        let authLevel = claims["urn:altinn:authlevel"].flatMap(nonNegativeInteger).flatMap { Int(exactly: $0) } ?? 0
        return UserPrincipal(pid: pid, userId: userId, authLevel: authLevel, scopes: scopes)
    }

    private static func vendor(claims: JSONValue, scopes: Set<String>) throws(AuthError) -> VendorPrincipal {
        guard let consumer = claims["consumer"], consumer.objectValue != nil else {
            throw .unresolvableVendor(detail: "The vendor token has no consumer claim.")
        }
        guard consumer["authority"]?.stringValue == consumerAuthority else {
            throw .unresolvableVendor(detail: "The consumer authority must be \(consumerAuthority).")
        }
        guard let id = consumer["ID"]?.stringValue, id.hasPrefix(consumerPrefix) else {
            throw .unresolvableVendor(detail: "The consumer ID must be 0192:<organisation number>.")
        }
        let organizationNumber = String(id.dropFirst(consumerPrefix.count))
        guard OrganizationNumber.isValid(organizationNumber) else {
            throw .unresolvableVendor(detail: "The consumer ID does not hold a valid organisation number.")
        }
        return VendorPrincipal(organizationNumber: organizationNumber,
                               clientId: claims["client_id"]?.stringValue, scopes: scopes)
    }

    /// A JSON number with an integral non-negative value, or a string of ASCII digits, that fits Int64.
    static func nonNegativeInteger(_ value: JSONValue) -> Int64? {
        switch value {
        case .int, .double:
            guard let integer = value.intValue, integer >= 0 else { return nil }
            return integer
        case .string(let text):
            guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                return nil
            }
            return Int64(text)
        default:
            return nil
        }
    }
}
