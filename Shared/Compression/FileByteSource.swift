import Foundation

/// Reads a file descriptor with `read(2)`. Opened from a path, it closes the descriptor when released.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path` for reading.
    public init(path: String) throws(FileIOError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .openFailed(path: path, errno: errno) }
        self.descriptor = descriptor
        self.ownsDescriptor = true
    }

    /// Reads an already open descriptor (standard input, a pipe); the caller keeps ownership.
    public init(fileDescriptor: Int32) {
        self.descriptor = fileDescriptor
        self.ownsDescriptor = false
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileIOError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = Foundation.read(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw .readFailed(errno: errno) }
        }
    }
}
