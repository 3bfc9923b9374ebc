/// The three input files of an import (§6), in the order they are imported.
enum ImportKind: String, CaseIterable, Sendable {
    case enheter, underenheter, roller

    /// The command-line option that names the file.
    var option: String { "--" + rawValue }

    /// The kind of unit the file holds; nil for roles.
    var unitKind: OrganisationForm.UnitKind? {
        switch self {
        case .enheter: .enhet
        case .underenheter: .underenhet
        case .roller: nil
        }
    }
}
