import Auth
import HTTPServer
import JSON
import ServiceKit

/// The Token Generator's HTTP endpoints (`spec/README.md` §Tokens). Token answers are `text/plain`
/// bare JWTs, as the real platform's test token generator answers.
enum TokenRoutes {
    static func install(_ router: inout Router, _ service: ServiceContext) throws {
        let key = try KeyDirectory(environment: service.configuration.environment).loadPrivateKey()
        let signer = TokenSigner(privateKey: key, issuer: service.configuration.tokenIssuer)
        let jwks = JWKS(keys: [key.publicKey]).document().encoded()

        router.get("/api/GetEnterpriseToken") { request, _ in
            try answer { () throws(TokenRequestError) in
                try TokenEndpoints.enterpriseToken(query: firstValues(request), signer: signer)
            }
        }
        router.get("/api/GetPersonalToken") { request, _ in
            try answer { () throws(TokenRequestError) in
                try TokenEndpoints.personalToken(query: firstValues(request), signer: signer)
            }
        }
        router.get("/api/GetPlatformToken") { request, _ in
            try answer { () throws(TokenRequestError) in
                try TokenEndpoints.platformToken(query: firstValues(request), signer: signer)
            }
        }
        router.get("/.well-known/jwks.json") { _, _ in .json(jwks) }
    }

    private static func firstValues(_ request: HTTPRequest) -> [String: String] {
        var values: [String: String] = [:]
        for item in request.queryParameters.items where values[item.name] == nil { values[item.name] = item.value }
        return values
    }

    private static func answer(_ mint: () throws(TokenRequestError) -> String) throws -> HTTPResponse {
        do {
            return .text(try mint(), contentType: "text/plain; charset=utf-8")
        } catch {
            throw ProblemDetails(status: error.status, code: error.code, title: error.title, detail: error.summary,
                                 extensions: error.status == 400 ? [("validationErrors", error.validationErrors)] : [])
        }
    }
}
