import Scenario

extension ScenarioTokens {
    /// The scenario's person and vendor tokens (`scenario.md` §9), signed offline with the test keys.
    static func offline(_ keys: TestKeys) -> ScenarioTokens {
        ScenarioTokens(
            person: { person in
                try keys.token(["user", "--pid", person.fodselsnummer, "--user-id", "\(person.userId)",
                                "--scopes", personScopes])
            },
            vendor: { orgnr in try keys.token(["vendor", "--org", orgnr, "--scopes", vendorScopes]) })
    }
}
