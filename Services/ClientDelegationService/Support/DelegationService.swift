import HTTPClient
import ServiceKit

/// What the routes share: the store and its index, Registry data, the rules, and metrics.
struct DelegationService: Sendable {
    let store: DelegationStore
    let data: RegistryData
    let clients: FacilitatorClients
    let engine: DecisionEngine
    let metrics: MetricsRegistry

    var index: DelegationIndex { store.index }

    init(store: DelegationStore, data: RegistryData, metrics: MetricsRegistry) {
        self.store = store
        self.data = data
        self.metrics = metrics
        clients = FacilitatorClients(data: data, index: store.index)
        engine = DecisionEngine(index: store.index, data: data, clients: clients)
    }

    /// For a decision on the event loop thread: it never calls the Registry (see `RegistryData.mayFetch`),
    /// and counts its cache lookups in `tally`.
    func cacheOnlyEngine(counting tally: CacheLookupTally) -> DecisionEngine {
        let cached = data.cacheOnly(counting: tally)
        return DecisionEngine(index: store.index, data: cached, clients: FacilitatorClients(data: cached, index: store.index))
    }

    func rights(party: String, person: String, deadline: Deadline?) throws(HTTPClientError) -> PersonRights {
        try PersonRights.compute(party: party, person: person, data: data, index: index, deadline: deadline)
    }
}
