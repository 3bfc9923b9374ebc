import JSON

/// Delegation (S, C): agent system user S may act for client C with the stored packages (`delegation.md` §2).
struct ClientDelegation: Sendable, Equatable {
    var systemUserId: String
    var client: String
    /// In S's order at the time of the add.
    var packages: [DelegatedPackage]
    var delegatedAt: String
    var delegatedBy: String

    /// Every package is marked lost: the `lost` state of §8.2.
    var isLost: Bool { packages.allSatisfy(\.isLost) }

    var packagesJSON: String {
        String(decoding: JSONValue.array(packages.map(\.json)).encoded(), as: UTF8.self)
    }

    static func packages(fromJSON text: String) -> [DelegatedPackage] {
        guard let value = try? JSONValue.parse(Array(text.utf8)), let items = value.arrayValue else { return [] }
        return items.compactMap(DelegatedPackage.init(json:))
    }
}
