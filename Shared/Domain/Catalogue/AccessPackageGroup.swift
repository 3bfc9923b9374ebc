/// The table of `catalogue.md` §1 a package is listed in. The group fixes the flags of §1.1 and §1.2.
public enum AccessPackageGroup: String, Hashable, Sendable, CaseIterable {
    /// §1.1: delegable, not assignable; they arise only from ER roles.
    case client
    /// §1.2: assignable, not delegable.
    case administration
    /// §1.3: flags per row.
    case other
}
