/// Whether a generated enhet or underenhet is active, deleted (`slettedato`) or removed
/// (`"fjernet": true` and a `slettedato`).
enum GeneratedUnitStatus: UInt8, Sendable {
    case active = 0
    case deleted = 1
    case removed = 2
}
