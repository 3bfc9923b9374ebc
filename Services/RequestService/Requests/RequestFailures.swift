import HTTPServer
import JSON
import ServiceKit

/// Collects the validation failures of a request body (`requests.md` §2): one element per code and
/// path, ordered by the field order of the body's table (`rank`), then by code.
struct RequestFailures: Sendable {
    private var entries: [(rank: Int, failure: ValidationFailure)] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ failure: ValidationFailure, rank: Int) {
        if entries.contains(where: { $0.failure.code == failure.code && $0.failure.paths == failure.paths }) { return }
        entries.append((rank, failure))
    }

    var failures: [ValidationFailure] {
        entries.enumerated().sorted { a, b in
            if a.element.rank != b.element.rank { return a.element.rank < b.element.rank }
            if a.element.failure.code != b.element.failure.code { return a.element.failure.code < b.element.failure.code }
            return a.offset < b.offset
        }.map(\.element.failure)
    }

    /// Throws 400 `STD-00000` when anything failed.
    func check() throws {
        guard !entries.isEmpty else { return }
        throw ProblemDetails.validation(failures)
    }

    /// One failure, alone.
    static func single(_ failure: ValidationFailure) -> ProblemDetails { ProblemDetails.validation([failure]) }
}
