/// Somewhere bytes come from in pieces: a file, a pipe, another reader.
///
/// `read(into:)` fills at most `buffer.count` bytes and returns how many it wrote; it returns 0 only
/// at the end. A short read does not mean the end.
public protocol ByteSource {
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
