import HTTPClient
import JSON

/// Step 5 of `scenario.md` §1: the three systems of §6, registered with the Request Service by their
/// vendors.
public enum SystemScenario {
    public static let standardSystem = "315602122_smartcloud"
    public static let agentSystem = "315602122_smartcloud_klient"
    public static let competitorSystem = "315602149_konkurrent"
    public static let standardClientId = "5d0a4a8e-3f6b-4c2e-9a57-2b1e8c0f7d31"
    public static let agentClientId = "a3c1e5b7-8d2f-4a6c-9e1b-7f0d2c4a6e83"
    public static let competitorClientId = "0e9d8c7b-6a5f-4e3d-8c1b-0a9f8e7d6c5b"
    public static let smartCloudRedirectURLs = ["https://smartcloud.example/receipt", "http://localhost:8089/receipt"]

    /// The registration bodies, with the vendor that posts each.
    public static let systems: [(vendor: String, body: JSONValue)] = [
        (RegistryScenario.smartCloud, body(
            id: standardSystem, vendor: RegistryScenario.smartCloud,
            name: ("SmartCloud", "SmartCloud", "SmartCloud"),
            description: ("SmartCloud viser skatte- og avgiftskrav.", "SmartCloud viser skatte- og avgiftskrav.",
                          "SmartCloud shows tax and duty claims."),
            resources: ["ske-krav-og-betalinger", "a-melding", "ske-mva-melding"], packages: [],
            clientId: standardClientId, redirects: smartCloudRedirectURLs, visible: true)),
        (RegistryScenario.smartCloud, body(
            id: agentSystem, vendor: RegistryScenario.smartCloud,
            name: ("SmartCloud Klient", "SmartCloud Klient", "SmartCloud Client"),
            description: ("SmartCloud for regnskapsførere, revisorer og forretningsførere.",
                          "SmartCloud for rekneskapsførarar, revisorar og forretningsførarar.",
                          "SmartCloud for accountants, auditors and business managers."),
            resources: [],
            packages: ["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet",
                       "regnskapsforer-lonn", "ansvarlig-revisor", "revisormedarbeider", "forretningsforer-eiendom",
                       "skattegrunnlag"],
            clientId: agentClientId, redirects: smartCloudRedirectURLs, visible: false)),
        (RegistryScenario.annenLeverandor, body(
            id: competitorSystem, vendor: RegistryScenario.annenLeverandor,
            name: ("Konkurrent", "Konkurrent", "Konkurrent"), description: ("Konkurrent", "Konkurrent", "Konkurrent"),
            resources: ["toll-tolldeklarasjon"], packages: [], clientId: competitorClientId,
            redirects: ["https://konkurrent.example/ferdig"], visible: true)),
    ]

    /// Registers every system with its vendor's token; a system already registered is left as it is, so
    /// loading into a demo that ran before is harmless.
    public static func load(requestURL: String, tokens: ScenarioTokens,
                            client: HTTPClient = RegistryScenario.scenarioClient) throws {
        let base = "\(requestURL)/authentication/api/v1/systemregister/vendor"
        for system in systems {
            let token = try tokens.vendor(system.vendor)
            let id = system.body["id"]?.stringValue ?? ""
            var probe = ClientRequest(url: "\(base)/\(id)", headers: ["Authorization": "Bearer \(token)"])
            probe.returnsServerErrors = true
            if try client.send(probe).status == 200 { continue }
            try ScenarioCall.send(client, .post, base, body: system.body.encoded(), token: token, accepted: [200])
        }
    }

    private static func body(id: String, vendor: String, name: (String, String, String),
                             description: (String, String, String), resources: [String], packages: [String],
                             clientId: String, redirects: [String], visible: Bool) -> JSONValue {
        func localized(_ text: (String, String, String)) -> JSONValue {
            ["nb": .string(text.0), "nn": .string(text.1), "en": .string(text.2)]
        }
        return [
            "id": .string(id),
            "vendor": ["authority": "iso6523-actorid-upis", "ID": .string("0192:\(vendor)")],
            "name": localized(name),
            "description": localized(description),
            "rights": .array(resources.map { ["resource": [["id": "urn:altinn:resource", "value": .string($0)]]] }),
            "accessPackages": .array(packages.map { ["urn": .string("urn:altinn:accesspackage:\($0)")] }),
            "clientId": [.string(clientId)],
            "allowedRedirectUrls": .array(redirects.map { .string($0) }),
            "isVisible": .bool(visible),
        ]
    }
}
