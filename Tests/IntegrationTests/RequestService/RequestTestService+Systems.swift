import Foundation
import JSON
import XCTest

extension RequestTestService {
    /// The systems of `scenario.md` §6, and the test systems, through the system register.
    func registerSystems() throws {
        let smartCloudRegister = try vendorToken(scopes: S.write)
        let konkurrentRegister = try vendorToken(org: S.konkurrent, scopes: S.write)
        let urls: JSONValue = ["https://smartcloud.example/receipt", "http://localhost:8089/receipt"]
        let clientPackages = ["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet",
                              "regnskapsforer-lonn", "ansvarlig-revisor", "revisormedarbeider",
                              "forretningsforer-eiendom", "skattegrunnlag"]
        let systems: [(JSONValue, String)] = [
            (S.system(Self.standardSystem) {
                $0.set("rights", .array(["ske-krav-og-betalinger", "a-melding", "ske-mva-melding"].map { S.right($0) }))
                $0.set("allowedRedirectUrls", urls)
            }, smartCloudRegister),
            (S.system(Self.agentSystem) {
                $0.set("rights", [])
                $0.set("accessPackages", .array(clientPackages.map { S.package($0) }))
                $0.set("allowedRedirectUrls", urls)
                $0.set("isVisible", false)
            }, smartCloudRegister),
            (S.system(Self.konkursboSystem) {
                $0.set("accessPackages", [S.package("konkursbo-tilgangsstyrer"), S.package("regnskapsforer-lonn")])
                $0.set("isVisible", false)
            }, smartCloudRegister),
            (S.system(Self.noRedirectSystem) { $0.set("allowedRedirectUrls", []) }, smartCloudRegister),
            (S.system(Self.deletedSystem), smartCloudRegister),
            (S.system(Self.konkurrentSystem, vendor: S.konkurrent) {
                $0.set("rights", [S.right("toll-tolldeklarasjon")])
                $0.set("allowedRedirectUrls", ["https://konkurrent.example/ferdig"])
            }, konkurrentRegister),
        ]
        for (body, token) in systems {
            let response = try send(.post, S.base + "/vendor", token: token, body: body)
            guard response.status == 200 else { throw FixtureError.systemRefused(response.text) }
        }
        let deleted = try send(.delete, S.base + "/vendor/" + Self.deletedSystem, token: smartCloudRegister)
        guard deleted.status == 200 else { throw FixtureError.systemRefused(deleted.text) }
    }

    enum FixtureError: Error { case systemRefused(String) }
}
