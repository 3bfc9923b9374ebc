import Domain
import JSON
import XCTest
@testable import ClientDelegationService

final class HolderRolesTests: XCTestCase {
    private func answer(_ roles: [(role: String, unit: String, form: String, kind: String)]) throws -> HolderRoles {
        let items: [JSONValue] = roles.map { item in
            .object([("role", .string(item.role)), ("active", true),
                     ("unit", .object([("organisasjonsnummer", .string(item.unit)), ("navn", "X"),
                                       ("organisasjonsform", .string(item.form)), ("kind", .string(item.kind))]))])
        }
        return try XCTUnwrap(HolderRoles(json: .object([("position", 7), ("roles", .array(items))])))
    }

    func test_cachedRelationship_equalsAFreshOne_whenTheUnitIsAnEnhet() throws {
        let holder = try answer([("REGN", "310202398", "AS", "enhet"), ("REVI", "310202398", "AS", "enhet"),
                                 ("MEDL", "310202398", "AS", "enhet"), ("REGN", "311044532", "ENK", "enhet")])
        for (number, held) in holder.byUnit {
            let fresh = ClientRelationship(activeRoles: held.roles, clientForm: held.organisasjonsform, grantedPackages: [])
            XCTAssertEqual(held.roleRelationship, fresh, number)
            XCTAssertEqual(held.roleHeldURNs, Set(fresh?.packages.map(\.urn) ?? []), number)
        }
        XCTAssertFalse(try XCTUnwrap(holder.byUnit["310202398"]).roleHeldURNs.isEmpty)
    }

    func test_cachedRelationship_isNil_whenTheUnitIsAnUnderenhetOrTheRolesMakeNone() throws {
        let holder = try answer([("REGN", "910202398", "BEDR", "underenhet"), ("MEDL", "310202398", "AS", "enhet")])
        XCTAssertNil(holder.byUnit["910202398"]?.roleRelationship)
        XCTAssertNil(holder.byUnit["310202398"]?.roleRelationship)
        XCTAssertEqual(holder.byUnit["310202398"]?.roleHeldURNs, [])
    }
}
