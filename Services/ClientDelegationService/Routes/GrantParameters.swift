import Domain
import HTTPServer
import ServiceKit

/// The query parameters of the grants API (`delegation.md` §5, "Parameter forms").
struct GrantParameters {
    var party: String?
    var from: String?
    var to: String?
    var toType: ExplicitGrant.RecipientType?
    var package: AccessPackage?
    var failures = ValidationFailures()

    init(_ query: QueryParameters, required: Set<String>) {
        party = Self.organization(query["party"], name: "party", required: required.contains("party"), &failures)
        from = Self.organization(query["from"], name: "from", required: required.contains("from"), &failures)
        if let text = query["to"], !text.isEmpty {
            if text.count == 11, text.allSatisfy(\.isNumber) {
                if PersonIdentifier.isValid(text) { to = text; toType = .person } else {
                    failures.add(.invalidPersonIdentifier(path: "?to"))
                }
            } else if OrganizationNumber.isValid(text) {
                to = text
                toType = .organisation
            } else {
                failures.add(.invalidOrganizationNumber(text, path: "?to"))
            }
        } else if required.contains("to") {
            failures.add(.missing(path: "?to"))
        }
        if let text = query["package"], !text.isEmpty {
            package = AccessPackageCatalogue.package(parameter: text)
            if package == nil { failures.add(Self.failure("AM.VLD-00030", "Package \(text) is unknown.", "?package")) }
        } else if required.contains("package") {
            failures.add(.missing(path: "?package"))
        }
    }

    private static func organization(_ text: String?, name: String, required: Bool,
                                     _ failures: inout ValidationFailures) -> String? {
        guard let text, !text.isEmpty else {
            if required { failures.add(.missing(path: "?" + name)) }
            return nil
        }
        guard OrganizationNumber.isValid(text) else {
            failures.add(.invalidOrganizationNumber(text, path: "?" + name))
            return nil
        }
        return text
    }

    /// A validation failure whose title comes from the error catalogue.
    static func failure(_ code: String, _ detail: String, _ path: String) -> ValidationFailure {
        ValidationFailure(code: code, title: ErrorCatalogue.entry(code)?.title ?? code, detail: detail, paths: [path])
    }
}
