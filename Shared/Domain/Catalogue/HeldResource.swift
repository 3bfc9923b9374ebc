/// A catalogue resource someone holds, with the held packages that grant it (in the order of the
/// resource's "granted by packages" column): an element of `resources` in `/internal/rights`.
public struct HeldResource: Hashable, Sendable {
    public let resource: Resource
    public let viaPackages: [AccessPackage]

    public init(resource: Resource, viaPackages: [AccessPackage]) {
        self.resource = resource
        self.viaPackages = viaPackages
    }
}
