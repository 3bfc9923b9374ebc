import Foundation
import ServiceKit

let offline: @Sendable ([String]) -> Int32 = { arguments in
    runOfflineCommand(arguments: arguments, environment: ProcessInfo.processInfo.environment)
}

ServiceRuntime.main(ServiceDefinition(
    shortName: "tokens",
    executable: "TokenGenerator",
    defaultPort: 8085,
    openAPIDocument: openAPIDocument,
    migrations: nil,
    usesTokens: false,
    commands: ["keygen": { offline(["keygen"] + $0) }, "token": { offline(["token"] + $0) }],
    usageDetails: TokenGeneratorUsage.text,
    installRoutes: { router, service in try TokenRoutes.install(&router, service) }))
