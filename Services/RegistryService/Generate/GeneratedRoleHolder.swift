/// Who holds a generated role: a person, or a firm as an `enhet` holder.
enum GeneratedRoleHolder: Sendable {
    case person(SyntheticPerson)
    case firm(FirmRoster.Firm)
}
