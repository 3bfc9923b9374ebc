/// The packages someone holds for one organisation (from active ER roles and explicit grants), in catalogue
/// order without repeats, with the derived terms of `catalogue.md` §1.2:
/// - **access manager**: holds `tilgangsstyrer` or `hovedadministrator`;
/// - **client administrator**: holds `klientadministrator` or `hovedadministrator` (a plain
///   `tilgangsstyrer` is not one).
public struct HeldPackages: Hashable, Sendable {
    /// The packages that make an access manager, in the order `requiredAnyOf` lists them.
    public static let accessManagerPackageCodes = ["tilgangsstyrer", "hovedadministrator"]
    /// The packages that make a client administrator, in the order `requiredAnyOf` lists them
    /// (`delegation.md` §3.1 step 5).
    public static let clientAdministratorPackageCodes = ["klientadministrator", "hovedadministrator"]
    public static let mainAdministratorPackageCode = "hovedadministrator"

    /// In catalogue order, without repeats.
    public let packages: [AccessPackage]
    private let codes: Set<String>

    public init(_ packages: some Sequence<AccessPackage>) {
        self.packages = AccessPackageCatalogue.inCatalogueOrder(packages)
        self.codes = Set(self.packages.map(\.code))
    }

    public var isEmpty: Bool { packages.isEmpty }

    public func contains(_ package: AccessPackage) -> Bool { codes.contains(package.code) }
    public func contains(code: String) -> Bool { codes.contains(code) }

    public var isAccessManager: Bool { HeldPackages.accessManagerPackageCodes.contains(where: codes.contains) }
    public var isClientAdministrator: Bool {
        HeldPackages.clientAdministratorPackageCodes.contains(where: codes.contains)
    }
    public var isMainAdministrator: Bool { codes.contains(HeldPackages.mainAdministratorPackageCode) }

    /// Holds at least one of the packages listed for the resource (`catalogue.md` §4).
    public func holds(_ resource: Resource) -> Bool { resource.grantedByPackageCodes.contains(where: codes.contains) }

    /// Every catalogue resource a held package grants, in the table's order; resources granted by no
    /// package never appear.
    public var resources: [HeldResource] {
        ResourceCatalogue.all.compactMap { resource in
            let via = resource.grantingPackages.filter(contains)
            return via.isEmpty ? nil : HeldResource(resource: resource, viaPackages: via)
        }
    }
}
