/// One level of the routing trie: literal children by segment text, at most one parameter child.
/// Children and methods are short arrays scanned in order: a node has a handful of each, and comparing
/// a few bytes is cheaper than hashing a Substring (which went through String's Unicode-aware hashing
/// on every request).
struct RouteNode: Sendable {
    private var literals: [(segment: [UInt8], node: RouteNode)] = []
    var parameterName: String?
    var parameterChild: [RouteNode] = []  // zero or one; an array because a struct cannot hold itself
    private var routes: [(method: HTTPMethod, route: Route)] = []

    private var allowedMethods: [HTTPMethod] {
        var methods = Set(routes.map(\.method))
        if methods.contains(.get) { methods.insert(.head) }
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    private func route(for method: HTTPMethod) -> Route? {
        for index in routes.indices where routes[index].method.rawValue == method.rawValue {
            return routes[index].route
        }
        return nil
    }

    mutating func insert(_ route: Route, segments: ArraySlice<Substring>) {
        guard let segment = segments.first else {
            routes.removeAll { $0.method == route.method }
            routes.append((route.method, route))
            return
        }
        let rest = segments.dropFirst()
        if segment.hasPrefix("{"), segment.hasSuffix("}") {
            let name = String(segment.dropFirst().dropLast())
            precondition(parameterName == nil || parameterName == name,
                         "conflicting parameter names {\(parameterName ?? "")} and {\(name)} in \(route.template)")
            parameterName = name
            if parameterChild.isEmpty { parameterChild.append(RouteNode()) }
            parameterChild[0].insert(route, segments: rest)
        } else {
            let bytes = Array(segment.utf8)
            if let index = literals.firstIndex(where: { $0.segment == bytes }) {
                literals[index].node.insert(route, segments: rest)
            } else {
                var node = RouteNode()
                node.insert(route, segments: rest)
                literals.append((bytes, node))
            }
        }
    }

    /// What a path leads to: a route for the method, or only routes for other methods.
    enum Found {
        case route(Route)
        case otherMethods([HTTPMethod])
    }

    /// Depth-first: a literal match is tried before the parameter, and backtracks if it leads to a node
    /// without routes. `remaining` is the path after a `/` (nil when no segment is left); segments are cut
    /// from it as the walk goes, so matching allocates no array of segments and copies no node.
    func find(_ remaining: Substring?, method: HTTPMethod, parameters: inout [(String, Substring)]) -> Found? {
        guard let remaining else {
            guard !routes.isEmpty else { return nil }
            let route = self.route(for: method) ?? (method == .head ? self.route(for: .get) : nil)
            return route.map(Found.route) ?? .otherMethods(allowedMethods)
        }
        let slash = remaining.utf8.firstIndex(of: UInt8(ascii: "/"))
        let segment = slash.map { remaining[..<$0] } ?? remaining
        let rest = slash.map { remaining[remaining.index(after: $0)...] }
        for index in literals.indices where Self.segment(segment, equals: literals[index].segment) {
            if let found = literals[index].node.find(rest, method: method, parameters: &parameters) { return found }
            break
        }
        if let name = parameterName, !segment.isEmpty {
            parameters.append((name, segment))
            if let found = parameterChild[0].find(rest, method: method, parameters: &parameters) { return found }
            parameters.removeLast()
        }
        return nil
    }

    private static func segment(_ segment: Substring, equals literal: [UInt8]) -> Bool {
        let utf8 = segment.utf8
        guard utf8.count == literal.count else { return false }
        return utf8.withContiguousStorageIfAvailable { $0.elementsEqual(literal) } ?? utf8.elementsEqual(literal)
    }
}
