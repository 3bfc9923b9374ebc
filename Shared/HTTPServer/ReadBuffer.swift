/// A connection's received bytes: `[readIndex, writeIndex)` are unread, the request being parsed
/// first. Grows only when the parser needs more than fits, so it is bounded by the parser's limits.
struct ReadBuffer {
    static let initialCapacity = 4096
    /// A buffer that grew for a large request shrinks back once it is empty again.
    static let retainedCapacity = 64 * 1024

    private var storage = [UInt8](repeating: 0, count: ReadBuffer.initialCapacity)
    private var readIndex = 0
    private var writeIndex = 0

    var isEmpty: Bool { readIndex == writeIndex }
    var unreadCount: Int { writeIndex - readIndex }

    /// Receives into the free space (making some first). `filled` tells whether the space was filled,
    /// so that more bytes may be waiting.
    mutating func fill(_ receive: (UnsafeMutableRawBufferPointer) -> Socket.ReceiveResult)
        -> (result: Socket.ReceiveResult, filled: Bool) {
        makeRoom()
        let start = writeIndex
        let result = storage.withUnsafeMutableBytes { bytes in
            receive(UnsafeMutableRawBufferPointer(rebasing: bytes[start...]))
        }
        guard case .received(let count) = result else { return (result, false) }
        writeIndex += count
        return (result, writeIndex == storage.count)
    }

    func withUnread<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        storage.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[readIndex..<writeIndex])) }
    }

    mutating func consume(_ count: Int) {
        readIndex = min(readIndex + count, writeIndex)
        if readIndex == writeIndex {
            readIndex = 0
            writeIndex = 0
            if storage.count > Self.retainedCapacity {
                storage = [UInt8](repeating: 0, count: Self.initialCapacity)
            }
        }
    }

    private mutating func makeRoom() {
        guard writeIndex == storage.count else { return }
        if readIndex > 0 {
            let unread = writeIndex - readIndex
            storage.withUnsafeMutableBytes { bytes in
                guard let base = bytes.baseAddress else { return }
                base.copyMemory(from: base + readIndex, byteCount: unread)
            }
            readIndex = 0
            writeIndex = unread
        } else {
            storage.append(contentsOf: repeatElement(0, count: storage.count))
        }
    }
}
