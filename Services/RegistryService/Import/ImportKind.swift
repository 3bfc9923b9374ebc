/// The three input files of an import (§6), in the order they are imported.
enum ImportKind: String, CaseIterable, Sendable {
    case enheter, underenheter, roller

    /// The command-line option that names the file.
    var option: String { "--" + rawValue }
}
