import Foundation

/// Writes whole buffers to a file descriptor with `write(2)`, retrying short writes and `EINTR`.
/// Opened from a path, it closes the descriptor when released.
public final class FileByteSink {
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Creates or truncates `path` (mode 0644).
    public init(path: String) throws(FileIOError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .openFailed(path: path, errno: errno) }
        self.descriptor = descriptor
        self.ownsDescriptor = true
    }

    /// Writes to an already open descriptor; the caller keeps ownership.
    public init(fileDescriptor: Int32) {
        self.descriptor = fileDescriptor
        self.ownsDescriptor = false
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    public func write(_ bytes: ArraySlice<UInt8>) throws(FileIOError) {
        let failure: Int32 = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var written = 0
            while written < buffer.count {
                let count = Foundation.write(descriptor, base + written, buffer.count - written)
                if count > 0 {
                    written += count
                } else if count == 0 {
                    return EIO
                } else if errno != EINTR {
                    return errno
                }
            }
            return 0
        }
        if failure != 0 { throw .writeFailed(errno: failure) }
    }

    /// Flushes the file to stable storage (`fsync(2)`).
    public func synchronize() throws(FileIOError) {
        guard fsync(descriptor) == 0 else { throw .writeFailed(errno: errno) }
    }
}
