import HTTPClient
import ServiceKit

/// Delivers outbox entries (`approval.md` §6.3 step 3, §6.4): `DELETE /internal/requests/{id}`; 204 and
/// 404 `AUTH-00010` both end an entry, the latter with a warning.
struct OutboxDelivery: Sendable {
    let store: SystemUserStore
    let requests: any RequestServicePeer
    let logger: Logger?

    /// Tries the entries of one request; failures stay for the reconciler.
    func deliver(requestId: String, deadline: Deadline?) {
        guard let entries = try? store.outboxEntries(requestId: requestId) else { return }
        for entry in entries { try? deliver(entry, deadline: deadline) }
    }

    func deliverAll() throws {
        for entry in try store.outboxEntries() { try? deliver(entry, deadline: nil) }
    }

    private func deliver(_ entry: SystemUserStore.OutboxEntry, deadline: Deadline?) throws {
        if try requests.deleteRequest(id: entry.requestId, deadline: deadline) == .neverExisted {
            logger?.warning("outbox: request never existed", [("requestId", .string(entry.requestId))])
        }
        try store.removeOutboxEntry(entry.id)
    }
}
