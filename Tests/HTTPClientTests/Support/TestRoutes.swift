/// The canned answers the client's tests ask for, by path.
enum TestRoutes {
    static let jsonBody = #"{"name":"Ola Nordmann","orgNo":"310000001","count":3}"#
    /// 3 MiB with a pattern, so a download test can check every byte.
    static let downloadBody: [UInt8] = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }

    @Sendable static func standard(_ request: TestRequest, hit: Int) -> TestResponse {
        switch request.path {
        case "/json":
            return .json(jsonBody)
        case "/echo":
            return .answer(status: 200, headers: [("X-Echo-Method", request.method)], body: request.body)
        case "/status/404":
            return .json(#"{"missing":true}"#, status: 404)
        case "/status/500":
            return .json(#"{"error":"boom"}"#, status: 500)
        case "/flaky":
            return hit <= 2 ? .json(#"{"error":"flaky"}"#, status: 500) : .json(#"{"ok":true}"#)
        case "/slow":
            return .answer(status: 200, body: Array("late".utf8), delay: 1.0)
        case "/slow-500":
            return .answer(status: 500, delay: 0.25)
        case "/close-after":
            return .answer(status: 200, headers: [("Connection", "close")], body: Array("bye".utf8))
        case "/close":
            return .closeWithoutAnswer
        case "/download":
            return .answer(status: 200, headers: [("Content-Type", "application/octet-stream")], body: downloadBody)
        default:
            return .json(#"{"error":"no route"}"#, status: 404)
        }
    }
}
