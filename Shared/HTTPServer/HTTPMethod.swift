/// A request method token (RFC 9110 §9). Methods outside RFC 9110's registry parse, but the
/// server answers them with 501 (`STD-00501`) before routing.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let connect = HTTPMethod(rawValue: "CONNECT")
    public static let options = HTTPMethod(rawValue: "OPTIONS")
    public static let trace = HTTPMethod(rawValue: "TRACE")
    public static let patch = HTTPMethod(rawValue: "PATCH")

    /// The methods of RFC 9110's registry that this contract accepts (`spec/README.md` §Common rules, Methods).
    public static let registered: Set<HTTPMethod> = [.get, .head, .post, .put, .delete, .connect, .options, .trace, .patch]

    public var isRegistered: Bool { Self.registered.contains(self) }
    public var description: String { rawValue }
}
