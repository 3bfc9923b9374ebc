import Foundation

extension HTTPClient {
    /// An attempt shorter than this is not worth starting once the deadline is that close.
    static let minimumAttempt: Duration = .milliseconds(5)

    /// Runs `attempt` until it succeeds or may not be repeated: at most `maxAttempts` times, only for
    /// idempotent requests and retryable errors, after a random backoff, and only while the request's
    /// deadline leaves time for the pause and another attempt. Each attempt gets
    /// min(`attemptLimit`, time left) as its timeout (nil: none).
    func withRetries<Result>(
        _ request: ClientRequest, attemptLimit: Duration?,
        _ attempt: (Duration?) throws(HTTPClientError) -> Result
    ) throws(HTTPClientError) -> Result {
        var attemptNumber = 1
        while true {
            let timeout = try attemptTimeout(limit: attemptLimit, deadline: request.deadline)
            do {
                return try attempt(timeout)
            } catch {
                guard attemptNumber < configuration.maxAttempts, request.isIdempotent, error.isRetryable
                else { throw error }
                let pause = randomBackoff()
                if let deadline = request.deadline, deadline.remaining <= pause + Self.minimumAttempt { throw error }
                Thread.sleep(forTimeInterval: pause.seconds)
                attemptNumber += 1
            }
        }
    }

    private func attemptTimeout(limit: Duration?, deadline: Deadline?) throws(HTTPClientError) -> Duration? {
        guard let deadline else { return limit }
        let left = deadline.remaining
        guard left >= Self.minimumAttempt else { throw .timedOut(peer: peer) }
        guard let limit else { return left }
        return min(limit, left)
    }

    private func randomBackoff() -> Duration {
        let range = configuration.retryBackoff
        let low = range.lowerBound.milliseconds, high = range.upperBound.milliseconds
        return .milliseconds(Int.random(in: low...max(low, high)))
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// Whole milliseconds, rounded up, so a positive duration never becomes 0 (which curl reads as "no limit").
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        let remainder = attoseconds % 1_000_000_000_000_000
        return Int(millis) + (remainder > 0 ? 1 : 0)
    }
}
