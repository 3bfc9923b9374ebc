import JSON

/// The counts `POST /internal/reconcile` answers (`approval.md` §4.4).
struct ReconcilePass: Sendable, Equatable {
    var completed = 0
    var aborted = 0
    var pending = 0
    var outbox = 0

    var json: JSONValue {
        .object([("completed", .int(Int64(completed))), ("aborted", .int(Int64(aborted))),
                 ("pending", .int(Int64(pending))), ("outbox", .int(Int64(outbox)))])
    }
}
