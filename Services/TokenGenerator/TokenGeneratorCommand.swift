import Auth
import Foundation

/// The Token Generator's offline sub-commands: `keygen`, `token vendor|user|platform` and `--help`.
/// `serve` is dispatched by `main.swift` before this is asked.
struct TokenGeneratorCommand {
    static let defaultIssuer = "http://127.0.0.1:8085"

    let environment: [String: String]
    var standardOutput: (String) -> Void = { print($0) }
    var standardError: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }

    /// Runs `arguments` (without the executable name) and returns the exit status.
    func run(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            standardOutput(TokenGeneratorUsage.text)
            return 0
        }
        do throws(UsageError) {
            switch arguments.first {
            case "keygen": return try keygen(arguments.dropFirst())
            case "token": return try token(arguments.dropFirst())
            case let other?: throw UsageError("unknown sub-command '\(other)'")
            case nil: throw UsageError("missing sub-command")
            }
        } catch {
            standardError("error: \(error.message) (see TokenGenerator --help)")
            return 2
        }
    }

    private func keygen(_ arguments: ArraySlice<String>) throws(UsageError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, flags: ["--out": "out"])
        guard let out = options["out"], !out.isEmpty else { throw UsageError("keygen needs --out DIR") }
        let directory = KeyDirectory(path: out)
        let key: RSAPrivateKey
        do {
            key = try RSAPrivateKey.generate()
        } catch {
            return fail(error.description)
        }
        do {
            try directory.store(key)
        } catch {
            return fail(error.description)
        }
        standardOutput("wrote \(directory.privateKeyPath) and \(directory.jwksPath) (kid \(key.publicKey.thumbprint))")
        return 0
    }

    private typealias Validation = ([String: String]) throws(TokenRequestError) -> TokenRequest

    /// The validation and the accepted options of `token <kind>`.
    private func tokenKind(_ kind: String?) throws(UsageError) -> (validate: Validation, flags: [String: String]) {
        switch kind {
        case "vendor":
            return (TokenEndpoints.enterpriseRequest,
                    ["--org": "org", "--scopes": "scopes", "--client-id": "clientId", "--ttl": "ttl"])
        case "user":
            return (TokenEndpoints.personalRequest,
                    ["--pid": "pid", "--user-id": "userId", "--scopes": "scopes", "--auth-level": "authLevel", "--ttl": "ttl"])
        case "platform":
            return (TokenEndpoints.platformRequest, ["--app": "app", "--ttl": "ttl"])
        case let other?:
            throw UsageError("unknown token kind '\(other)'; use vendor, user or platform")
        case nil:
            throw UsageError("token needs a kind: vendor, user or platform")
        }
    }

    private func token(_ arguments: ArraySlice<String>) throws(UsageError) -> Int32 {
        let (validate, flags) = try tokenKind(arguments.first)
        let query = try CommandLineOptions.parse(arguments.dropFirst(), flags: flags)
        let request: TokenRequest
        do {
            request = try validate(query)
        } catch {
            guard case .invalidParameters(let problems) = error else { return fail(error.summary) }
            throw UsageError(optionWording(problems, flags: flags))
        }
        let signer: TokenSigner
        do {
            signer = try makeSigner()
        } catch {
            return fail(error.description)
        }
        do {
            standardOutput(try request.sign(with: signer))
            return 0
        } catch {
            return fail(error.summary)
        }
    }

    private func makeSigner() throws(KeyDirectoryError) -> TokenSigner {
        let key = try KeyDirectory(environment: environment).loadPrivateKey()
        let issuer = environment["TOKEN_ISSUER"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultIssuer
        return TokenSigner(privateKey: key, issuer: issuer)
    }

    /// Names the options rather than the query parameters: "--ttl must be an integer from 1 to 86400".
    private func optionWording(_ problems: [ParameterProblem], flags: [String: String]) -> String {
        problems.map { problem in
            let option = flags.first { $0.value == problem.parameter }?.key ?? problem.parameter
            return "\(option) \(problem.requirement)"
        }.joined(separator: "; ")
    }

    private func fail(_ reason: String) -> Int32 {
        standardError("error: \(reason)")
        return 1
    }
}

/// Runs an offline sub-command of the Token Generator and returns its exit status.
func runOfflineCommand(arguments: [String], environment: [String: String]) -> Int32 {
    TokenGeneratorCommand(environment: environment).run(arguments)
}
