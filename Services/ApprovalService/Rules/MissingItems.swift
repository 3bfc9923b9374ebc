/// What a person lacks of a request (`approval.md` §3.2): resource ids and package URNs, in request order.
struct MissingItems: Sendable, Equatable {
    var rights: [String] = []
    var packages: [String] = []

    var isEmpty: Bool { rights.isEmpty && packages.isEmpty }
}
