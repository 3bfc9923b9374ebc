/// A unit's life-cycle state: active, deleted (`slettedato` set) or removed ("fjernet").
enum UnitStatus: String, Sendable {
    case active, deleted, removed
}
