import Foundation
import HTTPClient
import Scenario

/// Loads `scenario.md` into running services through their APIs (§1): the Registry's units, roles and
/// deletions, then, when their URLs are given, the explicit grants (Client Delegation Service) and the
/// systems (Request Service). Tokens come from the Token Generator, as `scenario.md` §9 says.
let usage = """
    usage: ScenarioLoader [--registry URL] [--tokens URL] [--delegation URL] [--requests URL]
      defaults: registry http://127.0.0.1:8081, tokens http://127.0.0.1:8085; grants and systems are
      loaded only when --delegation and --requests are given.
    """

var urls = ["--registry": "http://127.0.0.1:8081", "--tokens": "http://127.0.0.1:8085"]
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    if flag == "--help" || flag == "-h" {
        print(usage)
        exit(0)
    }
    guard !arguments.isEmpty, ["--registry", "--tokens", "--delegation", "--requests"].contains(flag) else {
        FileHandle.standardError.write(Data("ScenarioLoader: bad argument \(flag)\n\(usage)\n".utf8))
        exit(2)
    }
    urls[flag] = arguments.removeFirst()
}

let tokenService = urls["--tokens"]!
let tokenClient = HTTPClient(peer: "tokens")

@Sendable func fetchToken(_ pathAndQuery: String) throws -> String {
    let response = try tokenClient.send(ClientRequest(url: tokenService + pathAndQuery)).requireSuccess()
    return String(decoding: response.body, as: UTF8.self)
}

@Sendable func encoded(_ value: String) -> String {
    value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
}

let tokens = ScenarioTokens(
    person: { person in
        try fetchToken("/api/GetPersonalToken?pid=\(person.fodselsnummer)&userId=\(person.userId)"
            + "&scopes=\(encoded(ScenarioTokens.personScopes))")
    },
    vendor: { orgnr in
        try fetchToken("/api/GetEnterpriseToken?org=\(orgnr)&scopes=\(encoded(ScenarioTokens.vendorScopes))")
    })

do {
    let registry = urls["--registry"]!
    try RegistryScenario.load(baseURL: registry, token: try fetchToken("/api/GetPlatformToken?app=scenario-loader"))
    print("scenario: units, roles and deletions loaded into \(registry)")
    if let delegation = urls["--delegation"] {
        try GrantScenario.load(delegationURL: delegation, tokens: tokens)
        print("scenario: \(GrantScenario.grants.count) explicit grants loaded into \(delegation)")
    }
    if let requests = urls["--requests"] {
        try SystemScenario.load(requestURL: requests, tokens: tokens)
        print("scenario: \(SystemScenario.systems.count) systems registered with \(requests)")
    }
} catch {
    FileHandle.standardError.write(Data("ScenarioLoader: \(error)\n".utf8))
    exit(1)
}
