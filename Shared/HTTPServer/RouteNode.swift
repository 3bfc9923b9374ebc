#if canImport(Glibc)
import Glibc
#endif

/// One level of the routing trie: literal children by segment text, at most one parameter child.
/// Children and methods are short arrays scanned in order: a node has a handful of each, and comparing
/// a few bytes is cheaper than hashing a Substring (which went through String's Unicode-aware hashing
/// on every request).
struct RouteNode: Sendable {
    /// Literal children: `literalSegments[i]` leads to `literalNodes[i]` (two arrays, so that comparing
    /// a segment copies no node).
    private var literalSegments: [[UInt8]] = []
    private var literalNodes: [RouteNode] = []
    var parameterName: String?
    var parameterChild: [RouteNode] = []  // zero or one; an array because a struct cannot hold itself
    private var routes: [(method: HTTPMethod, route: Route)] = []

    private var allowedMethods: [HTTPMethod] {
        var methods = Set(routes.map(\.method))
        if methods.contains(.get) { methods.insert(.head) }
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    private func route(for method: HTTPMethod) -> Route? {
        for index in routes.indices where routes[index].method == method {
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
            if let index = literalSegments.firstIndex(of: bytes) {
                literalNodes[index].insert(route, segments: rest)
            } else {
                var node = RouteNode()
                node.insert(route, segments: rest)
                literalSegments.append(bytes)
                literalNodes.append(node)
            }
        }
    }

    /// What a path leads to: a route for the method, or only routes for other methods.
    enum Found {
        case route(Route)
        case otherMethods([HTTPMethod])
    }

    /// Depth-first: a literal match is tried before the parameter, and backtracks if it leads to a node
    /// without routes. `path` is the request path as UTF-8 and `start` where the next segment begins (just
    /// after a `/`; nil when no segment is left). The walk works on byte offsets: no Substring, no String
    /// index rounding, no copied node; parameters are byte ranges of `path`.
    func find(_ path: UnsafeBufferPointer<UInt8>, from start: Int?, method: HTTPMethod,
              parameters: inout [(name: String, range: Range<Int>)]) -> Found? {
        guard let start else {
            guard !routes.isEmpty else { return nil }
            let route = self.route(for: method) ?? (method == .head ? self.route(for: .get) : nil)
            return route.map(Found.route) ?? .otherMethods(allowedMethods)
        }
        let end = path[start...].firstIndex(of: UInt8(ascii: "/")) ?? path.count
        let next = end < path.count ? end + 1 : nil
        for index in literalSegments.indices where Self.bytes(path, start..<end, equal: literalSegments[index]) {
            if let found = literalNodes[index].find(path, from: next, method: method, parameters: &parameters) {
                return found
            }
            break
        }
        if let name = parameterName, end > start {
            parameters.append((name, start..<end))
            if let found = parameterChild[0].find(path, from: next, method: method, parameters: &parameters) {
                return found
            }
            parameters.removeLast()
        }
        return nil
    }

    private static func bytes(_ path: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, equal literal: [UInt8]) -> Bool {
        guard range.count == literal.count else { return false }
        guard let base = path.baseAddress, !range.isEmpty else { return true }
        return literal.withUnsafeBufferPointer { memcmp(base + range.lowerBound, $0.baseAddress!, range.count) == 0 }
    }
}
