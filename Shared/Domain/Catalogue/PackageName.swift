/// The Norwegian Bokmål and English names of an access package (`catalogue.md` §1).
public struct PackageName: Hashable, Sendable {
    public let nb: String
    public let en: String

    public init(nb: String, en: String) {
        self.nb = nb
        self.en = en
    }
}
