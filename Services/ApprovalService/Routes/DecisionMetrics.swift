import HTTPClient
import HTTPServer
import ServiceKit

/// `approval_decisions_total{action,outcome}` (`approval.md` §10): `ok`, `refused` (a 4xx answer) or
/// `failed` (peer failures and bugs).
struct DecisionMetrics: Sendable {
    let metrics: MetricsRegistry?

    func count<Result>(_ action: String, _ body: () throws -> Result) throws -> Result {
        do {
            let result = try body()
            increment(action, "ok")
            return result
        } catch let problem as ProblemDetails {
            increment(action, problem.status < 500 ? "refused" : "failed")
            throw problem
        } catch {
            increment(action, "failed")
            throw error
        }
    }

    private func increment(_ action: String, _ outcome: String) {
        metrics?.increment("approval_decisions_total", help: "Approval decisions by action and outcome.",
                           labels: [("action", action), ("outcome", outcome)])
    }
}
