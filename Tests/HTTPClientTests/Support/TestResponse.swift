/// What the test server does with a request.
enum TestResponse: Sendable {
    /// Waits `delay` seconds, then answers with a `Content-Length` body.
    case answer(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], delay: Double = 0)
    /// Closes the connection without a byte of answer.
    case closeWithoutAnswer

    static func json(_ text: String, status: Int = 200) -> TestResponse {
        .answer(status: status, headers: [("Content-Type", "application/json")], body: Array(text.utf8))
    }
}
