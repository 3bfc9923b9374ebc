import Domain
import JSON

/// The access-package rules of `requests.md` §3.1; `isVisible` decides `AUTH.VLD-00018`.
enum SystemPackageRules {
    static func validate(_ value: JSONValue?, isVisible: Bool, failures: inout SystemFailures) -> [String] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            failures.add(.accessPackages, "STD.VLD-00005", detail: "accessPackages must be an array.")
            return []
        }
        var urns: [String] = []
        for item in items {
            guard case .object = item else {
                failures.add(.accessPackages, "STD.VLD-00005", detail: "Each access package must be an object.")
                continue
            }
            switch item["urn"] {
            case nil:
                failures.add(.accessPackages, "STD.VLD-00004", detail: "Each access package needs a urn.")
            case .string(let urn)?:
                urns.append(urn)
            case .some:
                failures.add(.accessPackages, "STD.VLD-00005", detail: "urn must be a string.")
            }
        }
        check(urns, isVisible: isVisible, failures: &failures)
        return urns
    }

    private static func check(_ urns: [String], isVisible: Bool, failures: inout SystemFailures) {
        var seen = Set<String>()
        for urn in urns {
            if !seen.insert(urn).inserted {
                failures.add(.accessPackages, "AUTH.VLD-00007", detail: "Duplicate access packages were found.",
                             values: [urn])
            }
            guard let package = packageByFullURN(urn), package.isUsable else {
                failures.add(.accessPackages, "AUTH.VLD-00008", detail: "'\(urn)' is unknown or cannot be used.",
                             values: [urn])
                continue
            }
            if isVisible, package.isDelegable, !package.isAssignable {
                failures.add(.accessPackages, "AUTH.VLD-00018",
                             detail: "'\(urn)' is a client package and the system is visible.", values: [urn])
            }
        }
    }

    /// Only the full URN counts: a bare code is unknown.
    private static func packageByFullURN(_ urn: String) -> AccessPackage? {
        guard urn.hasPrefix(AccessPackage.urnPrefix) else { return nil }
        return AccessPackageCatalogue.package(code: String(urn.dropFirst(AccessPackage.urnPrefix.count)))
    }
}
