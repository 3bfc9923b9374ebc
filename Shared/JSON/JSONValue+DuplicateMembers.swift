extension JSONValue {
    /// The first member name that appears twice in one object, at any depth, or nil.
    /// RFC 7515 §5.2 and RFC 7519 §4 let a token verifier refuse such documents, so that two parsers
    /// can never read different claims from one token.
    public var firstDuplicateMemberName: String? {
        switch self {
        case .object(let members):
            var names = Set<String>()
            for (name, value) in members {
                if !names.insert(name).inserted { return name }
                if let duplicate = value.firstDuplicateMemberName { return duplicate }
            }
            return nil
        case .array(let items):
            for item in items {
                if let duplicate = item.firstDuplicateMemberName { return duplicate }
            }
            return nil
        default:
            return nil
        }
    }
}
