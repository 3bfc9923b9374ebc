import Domain
import JSON

/// Every rule of the table of `requests.md` §3.1 after `vendor.ID`, collecting all failures.
/// Uniqueness is asked through the closures so that it runs inside the write transaction.
struct SystemValidator {
    /// Whether a system id is used by any system (create only; nil on update).
    var isIdTaken: ((String) throws -> Bool)?
    /// Whether a client id (any ASCII case) belongs to another non-deleted system.
    var isClientIdTaken: (String) throws -> Bool

    func validate(_ body: JSONValue, vendorOrg: String) throws -> SystemDraft {
        var failures = SystemFailures()
        let id = try validateId(body["id"], vendorOrg: vendorOrg, failures: &failures)
        if let authority = body["vendor"]?["authority"], authority != .string(RegisteredSystem.vendorAuthority) {
            failures.add(.vendor, "AUTH.VLD-00000", detail: "vendor.authority must be iso6523-actorid-upis.",
                         path: "/registersystemrequest/vendor/authority")
        }
        let name = Self.text(body["name"], field: .name, maximum: 255, failures: &failures)
        let description = Self.text(body["description"], field: .description, maximum: 4000, failures: &failures)
        let rights = SystemRightsRules.validate(body["rights"], failures: &failures)
        let isVisible = Self.visibility(body["isvisible"], failures: &failures)
        let packages = SystemPackageRules.validate(body["accesspackages"], isVisible: isVisible, failures: &failures)
        let clientIds = try SystemClientIdRules.validate(body["clientid"], isTaken: isClientIdTaken, failures: &failures)
        let urls = RedirectURLRules.validate(body["allowedredirecturls"], failures: &failures)
        try failures.check()
        guard let id, let name, let description else { throw SystemFailures.single(.id, "STD.VLD-00004", detail: "id is required.") }
        return SystemDraft(id: id, vendorOrg: vendorOrg, name: name, description: description, rights: rights,
                           accessPackages: packages, clientIds: clientIds, redirectUrls: urls, isVisible: isVisible)
    }

    /// The id chain: only the first failure is reported.
    private func validateId(_ value: JSONValue?, vendorOrg: String, failures: inout SystemFailures) throws -> String? {
        guard let value else {
            failures.add(.id, "STD.VLD-00004", detail: "id is required.")
            return nil
        }
        guard case .string(let id) = value else {
            failures.add(.id, "STD.VLD-00005", detail: "id must be a string.")
            return nil
        }
        if id.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            failures.add(.id, "AUTH.VLD-00013", detail: "The system id '\(id)' contains whitespace.")
        } else if id.unicodeScalars.count > 255 {
            failures.add(.id, "STD.VLD-00008", detail: "The system id is longer than 255 characters.")
        } else if !Self.hasValidFormat(id, vendorOrg: vendorOrg) {
            failures.add(.id, "AUTH.VLD-00001", detail: "The system id '\(id)' must be \(vendorOrg)_<name>.")
        } else if let isIdTaken, try isIdTaken(id) {
            failures.add(.id, "AUTH.VLD-00002", detail: "The system id '\(id)' already exists.")
        }
        return id
    }

    static func hasValidFormat(_ id: String, vendorOrg: String) -> Bool {
        let prefix = vendorOrg + "_"
        guard id.hasPrefix(prefix), id.unicodeScalars.count > prefix.unicodeScalars.count else { return false }
        return !id.unicodeScalars.contains { $0 == "/" || $0.properties.generalCategory == .control }
    }

    private static func text(_ value: JSONValue?, field: SystemField, maximum: Int,
                             failures: inout SystemFailures) -> LocalizedText? {
        guard let value else {
            failures.add(field, "STD.VLD-00004", detail: "\(field.path) is required.")
            return nil
        }
        guard case .object = value else {
            failures.add(field, "STD.VLD-00005", detail: "\(field.path) must be an object.")
            return nil
        }
        let texts = ["nb", "nn", "en"].map { value[$0]?.stringValue }
        let complete = texts.allSatisfy { text in
            guard let text else { return false }
            return !text.isEmpty && text.unicodeScalars.count <= maximum
        }
        guard complete, let nb = texts[0], let nn = texts[1], let en = texts[2] else {
            failures.add(field, "AUTH.VLD-00100",
                         detail: "\(field.path) needs non-empty nb, nn and en texts of at most \(maximum) characters.")
            return nil
        }
        return LocalizedText(nb: nb, nn: nn, en: en)
    }

    private static func visibility(_ value: JSONValue?, failures: inout SystemFailures) -> Bool {
        guard let value else { return true }
        guard case .bool(let flag) = value else {
            failures.add(.isVisible, "STD.VLD-00005", detail: "isVisible must be a boolean.")
            return true
        }
        return flag
    }
}
