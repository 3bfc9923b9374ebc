/// One level of the routing trie: literal children by segment text, at most one parameter child.
struct RouteNode: Sendable {
    var literals: [Substring: RouteNode] = [:]
    var parameterName: String?
    var parameterChild: [RouteNode] = []  // zero or one; an array because a struct cannot hold itself
    var routes: [HTTPMethod: Route] = [:]

    var allowedMethods: [HTTPMethod] {
        var methods = Set(routes.keys)
        if methods.contains(.get) { methods.insert(.head) }
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    mutating func insert(_ route: Route, segments: ArraySlice<Substring>) {
        guard let segment = segments.first else {
            routes[route.method] = route
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
            literals[segment, default: RouteNode()].insert(route, segments: rest)
        }
    }

    /// Depth-first: a literal match is tried before the parameter, and backtracks if it leads nowhere.
    /// `remaining` is the path after a `/` (nil when no segment is left); segments are cut from it as
    /// the walk goes, so matching allocates no array of segments.
    func find(_ remaining: Substring?, parameters: inout [(String, Substring)]) -> RouteNode? {
        guard let remaining else { return self }
        let slash = remaining.utf8.firstIndex(of: UInt8(ascii: "/"))
        let segment = slash.map { remaining[..<$0] } ?? remaining
        let rest = slash.map { remaining[remaining.index(after: $0)...] }
        if let child = literals[segment], let found = child.find(rest, parameters: &parameters),
           !found.routes.isEmpty {
            return found
        }
        if let name = parameterName, !segment.isEmpty {
            parameters.append((name, segment))
            if let found = parameterChild[0].find(rest, parameters: &parameters), !found.routes.isEmpty {
                return found
            }
            parameters.removeLast()
        }
        return nil
    }
}
