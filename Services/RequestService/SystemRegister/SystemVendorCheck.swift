import Domain
import HTTPServer
import JSON

/// Step 2 of `requests.md` §3.1: `vendor.ID`, answered alone before any other rule.
enum SystemVendorCheck {
    /// The vendor's organisation number, or the lone 400 (`STD.VLD-00004`, `STD.VLD-00005` or `AUTH.VLD-00000`).
    static func organization(of body: JSONValue) throws -> String {
        guard let vendor = body["vendor"] else {
            throw SystemFailures.single(.vendor, "STD.VLD-00004", detail: "vendor.ID is required.")
        }
        guard case .object = vendor else {
            throw SystemFailures.single(.vendor, "STD.VLD-00005", detail: "vendor must be an object.")
        }
        guard let value = vendor["id"] else {
            throw SystemFailures.single(.vendor, "STD.VLD-00004", detail: "vendor.ID is required.")
        }
        guard case .string(let text) = value else {
            throw SystemFailures.single(.vendor, "STD.VLD-00005", detail: "vendor.ID must be a string.")
        }
        guard text.hasPrefix("0192:"), OrganizationNumber.isValid(String(text.dropFirst(5))) else {
            throw SystemFailures.single(.vendor, "AUTH.VLD-00000",
                                        detail: "vendor.ID '\(text)' is not 0192: followed by a valid organisation number.")
        }
        return String(text.dropFirst(5))
    }
}
