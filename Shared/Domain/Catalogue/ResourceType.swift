/// The resource types of `catalogue.md` §4, spelled as the real resource register spells them.
public enum ResourceType: String, Hashable, Sendable, CaseIterable {
    case genericAccessResource = "GenericAccessResource"
    case systemResource = "Systemresource"
    case maskinportenSchema = "MaskinportenSchema"
}
