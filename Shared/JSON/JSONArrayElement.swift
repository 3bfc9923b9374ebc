/// One element of a streamed top-level array.
public struct JSONArrayElement: Sendable, Equatable {
    public let value: JSONValue
    /// 0-based position in the array.
    public let index: Int
    /// Byte offset in the stream of the element's first byte.
    public let offset: Int64

    public init(value: JSONValue, index: Int, offset: Int64) {
        self.value = value
        self.index = index
        self.offset = offset
    }
}
