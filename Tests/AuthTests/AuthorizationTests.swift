import XCTest
import Auth

final class AuthorizationTests: XCTestCase {
    private let vendor = Principal.vendor(VendorPrincipal(organizationNumber: "315602122", clientId: nil,
                                                          scopes: [AuthScope.systemRegisterWrite, "other"]))
    private let user = Principal.user(UserPrincipal(pid: "12838148288", userId: 1, authLevel: 3, scopes: [AuthScope.portalEndUser]))

    func test_authorize_passes_whenKindIsAcceptedAndAnyScopeMatches() {
        XCTAssertNoThrow(try authorize(vendor, acceptedKinds: [.vendor],
                                       anyOfScopes: [AuthScope.systemRegisterWrite, AuthScope.systemRegisterAdmin]))
        XCTAssertNoThrow(try user.authorize(acceptedKinds: [.user, .vendor], anyOfScopes: [AuthScope.portalEndUser]))
    }

    func test_authorize_passes_whenNoScopeIsRequired() {
        XCTAssertNoThrow(try authorize(vendor, acceptedKinds: [.vendor], anyOfScopes: []))
    }

    func test_authorize_refusesWith403_whenScopeIsMissing() {
        XCTAssertThrowsError(try authorize(vendor, acceptedKinds: [.vendor], anyOfScopes: [AuthScope.systemUserRequestWrite])) { error in
            guard let error = error as? AuthError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.status, 403)
            XCTAssertEqual(error.code, "AUTH-00102")
            XCTAssertEqual(error.requiredScopes, [AuthScope.systemUserRequestWrite])
            XCTAssertEqual(error.acceptedTokenKinds, ["vendor"])
            XCTAssertNil(error.wwwAuthenticate)
        }
    }

    func test_authorize_refusesWith403_whenKindIsWrongEvenIfScopeMatches() {
        XCTAssertThrowsError(try authorize(user, acceptedKinds: [.platform, .vendor], anyOfScopes: [AuthScope.portalEndUser])) { error in
            guard let error = error as? AuthError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.status, 403)
            XCTAssertEqual(error.code, "AUTH-00102")
            XCTAssertEqual(error.acceptedTokenKinds, ["vendor", "platform"])
            XCTAssertEqual(error.requiredScopes, [AuthScope.portalEndUser])
        }
    }

    func test_authError_mapsCasesToStatusAndCode() {
        let invalid = AuthError.invalidToken(detail: "x")
        XCTAssertEqual([invalid.status, AuthError.unresolvableVendor(detail: "y").status], [401, 401])
        XCTAssertEqual(invalid.code, "AUTH-00101")
        XCTAssertEqual(AuthError.unresolvableVendor(detail: "y").code, "AUTH-00023")
        XCTAssertEqual(invalid.wwwAuthenticate, #"Bearer error="invalid_token""#)
        XCTAssertEqual(invalid.detail, "x")
    }
}
