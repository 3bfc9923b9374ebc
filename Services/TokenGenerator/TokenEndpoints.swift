import Auth

/// The Token Generator's three token endpoints (spec README §Tokens) as pure functions of the query
/// parameters. The HTTP routes and the `token` sub-commands share the validation, so their defaults agree.
enum TokenEndpoints {
    static let maximumTTL = 86_400

    /// `GET /api/GetEnterpriseToken?org=&scopes=[&clientId=][&ttl=]`: a vendor token.
    static func enterpriseToken(query: [String: String], signer: TokenSigner) throws(TokenRequestError) -> String {
        try enterpriseRequest(query: query).sign(with: signer)
    }

    /// `GET /api/GetPersonalToken?pid=[&userId=][&scopes=][&authLevel=][&ttl=]`: a user token.
    static func personalToken(query: [String: String], signer: TokenSigner) throws(TokenRequestError) -> String {
        try personalRequest(query: query).sign(with: signer)
    }

    /// `GET /api/GetPlatformToken?app=[&ttl=]`: a platform token.
    static func platformToken(query: [String: String], signer: TokenSigner) throws(TokenRequestError) -> String {
        try platformRequest(query: query).sign(with: signer)
    }

    // MARK: validation, listing every failure

    /// `org` is not checked: tests need tokens with invalid organisation numbers to exercise AUTH-00023.
    static func enterpriseRequest(query: [String: String]) throws(TokenRequestError) -> TokenRequest {
        var problems: [ParameterProblem] = []
        let org = required("org", in: query, problems: &problems)
        let scopes = query["scopes"].map(splitScopes)
        if scopes == nil { problems.append(.missing("scopes")) }
        let ttl = ttlParameter(query, problems: &problems)
        guard problems.isEmpty, let org, let scopes else { throw .invalidParameters(problems) }
        let clientId = query["clientId"].flatMap { $0.isEmpty ? nil : $0 } ?? "client-\(org)"
        return .vendor(org: org, scopes: scopes, clientId: clientId, ttl: ttl)
    }

    /// `pid` is not checked either, so that tests can mint tokens the services must refuse.
    static func personalRequest(query: [String: String]) throws(TokenRequestError) -> TokenRequest {
        var problems: [ParameterProblem] = []
        let pid = required("pid", in: query, problems: &problems)
        let userId = nonNegativeInteger("userId", in: query, problems: &problems)
        let authLevel = nonNegativeInteger("authLevel", in: query, problems: &problems).flatMap { Int(exactly: $0) } ?? 3
        let scopes = query["scopes"].map(splitScopes) ?? [AuthScope.portalEndUser]
        let ttl = ttlParameter(query, problems: &problems)
        guard problems.isEmpty, let pid else { throw .invalidParameters(problems) }
        return .user(pid: pid, userId: userId, scopes: scopes, authLevel: authLevel, ttl: ttl)
    }

    static func platformRequest(query: [String: String]) throws(TokenRequestError) -> TokenRequest {
        var problems: [ParameterProblem] = []
        let app = required("app", in: query, problems: &problems)
        let ttl = ttlParameter(query, problems: &problems)
        guard problems.isEmpty, let app else { throw .invalidParameters(problems) }
        return .platform(app: app, ttl: ttl)
    }

    // MARK: parameters

    private static func required(_ name: String, in query: [String: String], problems: inout [ParameterProblem]) -> String? {
        guard let value = query[name], !value.isEmpty else {
            problems.append(.missing(name))
            return nil
        }
        return value
    }

    private static func ttlParameter(_ query: [String: String], problems: inout [ParameterProblem]) -> Int {
        guard let text = query["ttl"] else { return TokenSigner.defaultTTL }
        guard let ttl = digits(text).flatMap({ Int(exactly: $0) }), (1...maximumTTL).contains(ttl) else {
            problems.append(.badFormat("ttl", "must be an integer from 1 to \(maximumTTL)"))
            return TokenSigner.defaultTTL
        }
        return ttl
    }

    private static func nonNegativeInteger(_ name: String, in query: [String: String],
                                           problems: inout [ParameterProblem]) -> Int64? {
        guard let text = query[name] else { return nil }
        guard let value = digits(text) else {
            problems.append(.badFormat(name, "must be a non-negative integer"))
            return nil
        }
        return value
    }

    /// ASCII digits only (no sign, no spaces), within Int64.
    private static func digits(_ text: String) -> Int64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int64(text)
    }

    /// Space-separated; a literal `+` also separates, in case the query decoder left form-encoded spaces.
    private static func splitScopes(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "+" }).map(String.init)
    }
}
