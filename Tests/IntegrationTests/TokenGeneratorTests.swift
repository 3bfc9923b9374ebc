import Foundation
import HTTPClient
import JSON
import XCTest

/// The Token Generator's endpoints (`spec/README.md` §Tokens), and that services accept what it mints.
final class TokenGeneratorTests: XCTestCase {
    let keys = TestKeys.shared

    func test_endpoints_mintTokensThatServicesAccept() throws {
        let generator = try ServiceProcess("TokenGenerator", keys: keys)
        let registry = try ServiceProcess("RegistryService", keys: keys)
        let integrity = "\(registry.baseURL)/internal/health/integrity"

        let platform = try TestHTTP.get("\(generator.baseURL)/api/GetPlatformToken?app=scenario-loader")
        XCTAssertEqual(platform.status, 200)
        XCTAssertTrue(platform.headers["Content-Type"]?.hasPrefix("text/plain") ?? false)
        XCTAssertEqual(platform.text.split(separator: ".").count, 3, "a bare compact JWT")
        XCTAssertEqual(try TestHTTP.get(integrity, token: platform.text).status, 200)

        let vendor = try TestHTTP.get("\(generator.baseURL)/api/GetEnterpriseToken?org=315602122&scopes=altinn:authentication/systemregister.write")
        XCTAssertEqual(vendor.status, 200)
        XCTAssertEqual(try TestHTTP.get(integrity, token: vendor.text).status, 403)

        let person = try TestHTTP.get("\(generator.baseURL)/api/GetPersonalToken?pid=12838148288")
        XCTAssertEqual(person.status, 200)
        XCTAssertEqual(try TestHTTP.get(integrity, token: person.text).status, 403)

        let jwks = try TestHTTP.get("\(generator.baseURL)/.well-known/jwks.json")
        XCTAssertEqual(jwks.status, 200)
        XCTAssertEqual(jwks.jsonValue?["keys"]?[0]?["kty"], "RSA")
    }

    func test_badParameters_answerValidationProblem() throws {
        let generator = try ServiceProcess("TokenGenerator", keys: keys)
        let response = try TestHTTP.get("\(generator.baseURL)/api/GetEnterpriseToken?ttl=0")
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.headers["Content-Type"], "application/problem+json")
        XCTAssertEqual(response.jsonValue?["code"], "STD-00000")
        let errors = response.jsonValue?["validationErrors"]?.arrayValue ?? []
        XCTAssertGreaterThanOrEqual(errors.count, 3, "org, scopes and ttl are all reported: \(response.text)")
    }

    func test_tokenSignedByAnotherKey_isRefused() throws {
        let otherKeys = try TemporaryDirectory.make(prefix: "otherkeys")
        let keygen = try ToolRun.run(ServiceProcess.executable("TokenGenerator"), ["keygen", "--out", otherKeys.path],
                                     environment: [:])
        XCTAssertEqual(keygen.status, 0)
        let forged = try ToolRun.run(ServiceProcess.executable("TokenGenerator"), ["token", "platform", "--app", "x"],
                                     environment: ["KEY_DIR": otherKeys.path]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let service = try ServiceProcess("ApprovalService", keys: keys)
        let response = try TestHTTP.get("\(service.baseURL)/internal/health/integrity", token: forged)
        XCTAssertEqual(response.status, 401)
        XCTAssertEqual(response.jsonValue?["code"], "AUTH-00101")
    }

    func test_missingKey_exitsOneNamingKeygen() throws {
        let empty = try TemporaryDirectory.make(prefix: "empty")
        let result = try ToolRun.run(ServiceProcess.executable("TokenGenerator"), [],
                                     environment: ["KEY_DIR": empty.path, "PORT": "0"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("keygen"), result.stderr)
    }
}
