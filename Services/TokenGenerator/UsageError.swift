/// A command line the Token Generator cannot run (exit status 2).
struct UsageError: Error, Sendable, Equatable {
    let message: String

    init(_ message: String) { self.message = message }
}
