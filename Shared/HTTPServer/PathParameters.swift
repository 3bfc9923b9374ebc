/// A matched route's path parameters, percent-decoded, in template order. A template has one or two,
/// so a scanned array is cheaper than hashing into a dictionary on every request.
public struct PathParameters: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var pairs: [Pair] = []

    private struct Pair: Sendable, Equatable {
        let name: String
        var value: String
    }

    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    public subscript(name: String) -> String? {
        get {
            for pair in pairs where pair.name == name { return pair.value }
            return nil
        }
        set {
            let index = pairs.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): pairs[index].value = value
            case let (index?, nil): pairs.remove(at: index)
            case let (nil, value?): pairs.append(Pair(name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        pairs.reserveCapacity(count)
    }
}
