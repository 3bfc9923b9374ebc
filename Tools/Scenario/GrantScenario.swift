import HTTPClient

/// Step 4 of `scenario.md` §1: the explicit grants of §5, each posted to the Client Delegation Service
/// with the token of the person who grants it.
public enum GrantScenario {
    public struct Grant: Sendable {
        public enum Recipient: Sendable {
            case person(RegistryScenario.Person)
            case organisation(String)

            var identifier: String {
                switch self {
                case .person(let person): return person.fodselsnummer
                case .organisation(let orgnr): return orgnr
                }
            }
        }

        public let from: String
        public let to: Recipient
        public let package: String
        public let grantedBy: RegistryScenario.Person
    }

    public static let grants: [Grant] = {
        typealias S = RegistryScenario
        return [
            Grant(from: S.tut, to: .person(S.dressMinst), package: "klientadministrator", grantedBy: S.lojalKompass),
            Grant(from: S.tut, to: .person(S.dressMinst), package: "tilgangsstyrer", grantedBy: S.lojalKompass),
            Grant(from: S.tut, to: .person(S.traustVekter), package: "tilgangsstyrer", grantedBy: S.lojalKompass),
            Grant(from: S.tut, to: .person(S.grundigTeller), package: "klientadministrator", grantedBy: S.lojalKompass),
            Grant(from: S.tilfeldigSubtilApe, to: .person(S.sindigBlyant), package: "tilgangsstyrer",
                  grantedBy: S.stadigKonsert),
            Grant(from: S.tilfeldigSubtilApe, to: .person(S.sindigBlyant), package: "krav-og-utlegg",
                  grantedBy: S.stadigKonsert),
            Grant(from: S.diskretNaerTiger, to: .person(S.nysgjerrigPraktikant), package: "skatt-naering",
                  grantedBy: S.dressMinst),
            Grant(from: S.kvikkSmidigOter, to: .organisation(S.tut), package: "skattegrunnlag", grantedBy: S.raskSignatur),
            Grant(from: S.roligGrundigBjorn, to: .organisation(S.tut), package: "skattegrunnlag", grantedBy: S.raskSignatur),
        ]
    }()

    /// Posts every grant; a grant that already exists answers 200 too, so loading twice is harmless.
    public static func load(delegationURL: String, tokens: ScenarioTokens,
                            client: HTTPClient = RegistryScenario.scenarioClient) throws {
        for grant in grants {
            let url = "\(delegationURL)/accessmanagement/api/v1/enduser/connections/accesspackages"
                + "?party=\(grant.from)&to=\(grant.to.identifier)&package=\(grant.package)"
            try ScenarioCall.send(client, .post, url, token: try tokens.person(grant.grantedBy), accepted: [200])
        }
    }
}
