/// Where a scenario step gets the tokens of its actors (`scenario.md` §9): the Token Generator's HTTP
/// endpoints for the demo, its offline `token` command in tests.
public struct ScenarioTokens: Sendable {
    /// A person token with `altinn:portal/enduser` (and the client-delegation scopes) for `person`.
    public let person: @Sendable (RegistryScenario.Person) throws -> String
    /// A vendor token for `orgnr` with the system register and request scopes.
    public let vendor: @Sendable (_ orgnr: String) throws -> String

    public init(person: @escaping @Sendable (RegistryScenario.Person) throws -> String,
                vendor: @escaping @Sendable (_ orgnr: String) throws -> String) {
        self.person = person
        self.vendor = vendor
    }

    /// The scopes of §9's person tokens.
    public static let personScopes = "altinn:portal/enduser altinn:clientdelegations.read altinn:clientdelegations.write"
    /// The scopes of §9's vendor tokens.
    public static let vendorScopes = "altinn:authentication/systemregister.write altinn:authentication/systemuser.request.write "
        + "altinn:authentication/systemuser.request.read altinn:authentication/systemuser.read"
}
