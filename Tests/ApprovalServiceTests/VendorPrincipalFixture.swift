import Auth

enum VendorPrincipalFixture {
    static let smartCloud = VendorPrincipal(organizationNumber: "315602122", clientId: "smartcloud-client",
                                            scopes: ["altinn:authentication/systemuser.read"])
}
