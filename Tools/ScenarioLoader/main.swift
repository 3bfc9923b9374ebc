import Foundation
import HTTPClient
import Scenario

/// Loads `scenario.md` into running services through their APIs. The platform token comes from the
/// Token Generator, as `scenario.md` §1 says.
let usage = "usage: ScenarioLoader [--registry URL] [--tokens URL]   (defaults http://127.0.0.1:8081, http://127.0.0.1:8085)"

var registry = "http://127.0.0.1:8081"
var tokens = "http://127.0.0.1:8085"
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    if flag == "--help" || flag == "-h" {
        print(usage)
        exit(0)
    }
    guard !arguments.isEmpty, ["--registry", "--tokens"].contains(flag) else {
        FileHandle.standardError.write(Data("ScenarioLoader: bad argument \(flag)\n\(usage)\n".utf8))
        exit(2)
    }
    let value = arguments.removeFirst()
    if flag == "--registry" { registry = value } else { tokens = value }
}

do {
    let token = try HTTPClient(peer: "tokens")
        .send(ClientRequest(url: "\(tokens)/api/GetPlatformToken?app=scenario-loader")).requireSuccess()
    try RegistryScenario.load(baseURL: registry, token: String(decoding: token.body, as: UTF8.self))
    print("scenario loaded into \(registry)")
} catch {
    FileHandle.standardError.write(Data("ScenarioLoader: \(error)\n".utf8))
    exit(1)
}
