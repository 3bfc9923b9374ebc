/// The scopes the contract names (spec README §Tokens).
public enum AuthScope {
    public static let platformInternal = "altinn:platform/internal"
    public static let portalEndUser = "altinn:portal/enduser"
    public static let systemRegisterWrite = "altinn:authentication/systemregister.write"
    public static let systemRegisterAdmin = "altinn:authentication/systemregister.admin"
    public static let systemUserRequestWrite = "altinn:authentication/systemuser.request.write"
    public static let systemUserRequestRead = "altinn:authentication/systemuser.request.read"
    public static let systemUserRead = "altinn:authentication/systemuser.read"
    public static let maskinportenSystemUserRead = "altinn:maskinporten/systemuser.read"
    public static let authorize = "altinn:authorization/authorize"
}
