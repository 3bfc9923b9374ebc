/// Chooses the person for each person-held role, in file order. Three roles in four get a new person
/// who holds that role only; the fourth goes to one of 64 open "busy" persons, each of whom takes
/// 2–4 roles (3 on average) in different enheter before a new one takes the slot. Per 12 roles that is
/// 9 single-role persons and 1 busy one, so about 10 % of persons hold roles in more than one unit
/// (`registry.md` §7), while memory stays at the 64 open slots.
struct PersonPool: Sendable {
    private struct Slot: Sendable {
        var person: SyntheticPerson
        var remaining: Int
        var lastUnit: Int
    }

    private static let slotCount = 64
    private static let busyShare = 0.25
    private var numbers: PersonNumberSequence
    private var slots: [Slot?] = Array(repeating: nil, count: slotCount)

    init(seed: UInt64) { numbers = PersonNumberSequence(seed: seed) }

    mutating func person(forUnit unit: Int, using random: inout SplitMix64) -> SyntheticPerson {
        guard random.chance(Self.busyShare) else { return newPerson(using: &random) }
        let index = random.below(Self.slotCount)
        if var slot = slots[index], slot.remaining > 0 {
            // A person holds at most one role of a unit here, so roles never repeat a holder.
            guard slot.lastUnit != unit else { return newPerson(using: &random) }
            slot.remaining -= 1
            slot.lastUnit = unit
            slots[index] = slot
            return slot.person
        }
        let person = newPerson(using: &random)
        slots[index] = Slot(person: person, remaining: random.within(1...3), lastUnit: unit)
        return person
    }

    private mutating func newPerson(using random: inout SplitMix64) -> SyntheticPerson {
        let (number, born) = numbers.next()
        let adjectives = NameWords.adjectives
        let first = random.below(adjectives.count)
        var middle: String?
        if random.chance(0.3) {
            var second = random.below(adjectives.count - 1)
            if second >= first { second += 1 }
            middle = adjectives[second]
        }
        return SyntheticPerson(fodselsnummer: number, fodselsdato: born, fornavn: adjectives[first],
                               mellomnavn: middle, etternavn: random.pick(NameWords.nouns),
                               erDoed: random.chance(0.002))
    }
}
