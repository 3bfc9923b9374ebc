/// Bytes already in memory, handed out in reads of at most `maxReadSize` bytes (small sizes let
/// tests exercise chunk boundaries).
public struct MemoryByteSource: ByteSource, Sendable {
    private let bytes: [UInt8]
    private let maxReadSize: Int
    private var position = 0

    public init(_ bytes: [UInt8], maxReadSize: Int = .max) {
        self.bytes = bytes
        self.maxReadSize = max(1, maxReadSize)
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, maxReadSize, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + count]))
        }
        position += count
        return count
    }
}
