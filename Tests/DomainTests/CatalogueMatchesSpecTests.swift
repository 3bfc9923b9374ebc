import Domain
import Foundation
import JSON
import XCTest

/// Reads the contract (`shared/spec/catalogue.md`) at test time and checks that the Swift tables compiled
/// into the binary say exactly what its Markdown tables say, so a contract change cannot drift silently.
/// The file is looked for beside the repository (`<repo>/../shared/spec/catalogue.md`, as CI clones it),
/// or at `$CATALOGUE_SPEC`; the tests are skipped when it is absent.
final class CatalogueMatchesSpecTests: XCTestCase {
    private var spec = CatalogueSpec(text: "")

    override func setUpWithError() throws {
        spec = try CatalogueSpec.load()
    }

    func test_packageRows_matchCodesNamesGroupsAndFlags() throws {
        let groups: [(String, AccessPackageGroup)] = [("### 1.1", .client), ("### 1.2", .administration), ("### 1.3", .other)]
        var specCodes: [String] = []
        for (heading, group) in groups {
            for row in spec.rows(under: heading, firstHeader: "code") {
                let code = CatalogueSpec.plain(row[0])
                specCodes.append(code)
                guard let package = AccessPackageCatalogue.package(code: code) else {
                    XCTFail("\(code) is in the contract but not in AccessPackageCatalogue"); continue
                }
                XCTAssertEqual(package.group, group, code)
                XCTAssertEqual(package.name.nb, row[1], code)
                XCTAssertEqual(package.name.en, row[2], code)
                switch group {
                case .client:
                    XCTAssertEqual(package.area, row[3], code)
                    XCTAssertEqual([package.isDelegable, package.isAssignable], [true, false], code)
                case .administration:
                    XCTAssertEqual(package.meaning, CatalogueSpec.plain(row[3]), code)
                    XCTAssertEqual([package.isDelegable, package.isAssignable], [false, true], code)
                case .other:
                    XCTAssertEqual(package.isDelegable, row[3] == "true", code)
                    XCTAssertEqual(package.isAssignable, row[4] == "true", code)
                }
            }
        }
        XCTAssertEqual(specCodes, AccessPackageCatalogue.all.map(\.code), "same packages in the same (catalogue) order")
        XCTAssertTrue(spec.text.contains("The catalogue holds \(AccessPackageCatalogue.all.count) packages."))
    }

    func test_packageJSONExample_matchesTheRendering() throws {
        let example = try XCTUnwrap(spec.firstJSONBlock(after: "The catalogue JSON object for one package"))
        let json = try JSONValue.parse(example)
        let code = try XCTUnwrap(json["code"]?.stringValue)
        let package = try XCTUnwrap(AccessPackageCatalogue.package(code: code))
        XCTAssertEqual(package.catalogueJSON, json)
    }

    func test_resourceRows_matchTheSwiftTable() {
        var specIds: [String] = []
        for row in spec.rows(under: "## 4", firstHeader: "resource id") {
            let id = CatalogueSpec.plain(row[0])
            specIds.append(id)
            guard let resource = ResourceCatalogue.resource(id: id) else {
                XCTFail("\(id) is in the contract but not in ResourceCatalogue"); continue
            }
            XCTAssertEqual(resource.name, row[1], id)
            XCTAssertEqual(resource.owner, row[2], id)
            XCTAssertEqual(resource.type.rawValue, row[3], id)
            XCTAssertEqual(resource.isDelegable ? "yes" : "no", row[4], id)
            XCTAssertEqual(resource.grantedByPackageCodes, CatalogueSpec.codeList(row[5]), id)
        }
        XCTAssertEqual(specIds, ResourceCatalogue.all.map(\.id))
    }

    func test_roleRuleRows_matchERRoleRules() {
        let rows = spec.rows(under: "## 2", firstHeader: "package")
        XCTAssertEqual(rows.count, ERRoleRules.rules.count)
        for (row, rule) in zip(rows, ERRoleRules.rules) {
            let codes = CatalogueSpec.backticked(row[0])
            XCTAssertEqual(rule.packageCodes, codes)
            XCTAssertEqual(Set(rule.roles), Set(CatalogueSpec.roles(row[1])), "\(codes)")
            XCTAssertEqual(rule.condition, CatalogueSpec.condition(row[2]), "\(codes)")
        }
        let keyLine = spec.text.split(separator: "\n").first { $0.hasPrefix("- **KEY** = ") }
        XCTAssertEqual(CatalogueSpec.backticked(String(keyLine ?? "")), ERRoleRules.keyRoles)
    }

    func test_errorCodeRows_matchStatusesTitlesAndReservedFlags() {
        var specCodes = Set<String>()
        for heading in ["### 6.1", "### 6.2", "### 6.3", "### 6.4"] {
            for table in spec.tables(under: heading) where table.header.first == "code" {
                for row in table.rows { specCodes.formUnion(checkErrorRow(row, header: table.header)) }
            }
        }
        XCTAssertEqual(specCodes, Set(ErrorCatalogue.all.map(\.code)), "the same codes, none more, none fewer")
    }

    /// Checks one row (a code or a range of codes); returns the codes it names.
    private func checkErrorRow(_ row: [String], header: [String]) -> [String] {
        let cell = { (name: String) in header.firstIndex(of: name).map { row[$0] } }
        let codes = CatalogueSpec.expandRange(row[0])
        let statuses = cell("HTTP").map(CatalogueSpec.statuses) ?? []
        let title = cell("title") ?? ""
        let reserved = cell("raised by / when")?.hasPrefix("reserved") ?? false
        for code in codes {
            guard let entry = ErrorCatalogue.entry(code) else {
                XCTFail("\(code) is in the contract but not in ErrorCatalogue"); continue
            }
            XCTAssertEqual(entry.statuses, statuses, code)
            XCTAssertEqual(entry.isReserved, reserved || codes.count > 1, code)
            XCTAssertEqual(codes.count > 1 ? "(\(entry.title))" : CatalogueSpec.composedTitle(entry), title, code)
        }
        return codes
    }
}
