/// Street lines for synthetic addresses: a noun made into a street name and a house number
/// (`Oterveien 5`), or a post-office box.
enum StreetAddress {
    private static let stems: [String] = NameWords.nouns.map(NameWords.capitalised)
    private static let endings = ["veien", "gata", "vegen", "bakken", "stien", "plassen"]

    static func line(using random: inout SplitMix64) -> String {
        random.pick(stems) + random.pick(endings) + " " + String(random.within(1...150))
    }

    static func postBox(using random: inout SplitMix64) -> String {
        "Postboks " + String(random.within(1...9999))
    }
}
