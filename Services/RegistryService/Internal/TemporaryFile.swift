import Foundation

/// A file that is deleted when the last reference goes, so a streamed snapshot is removed after its
/// response whether the stream ran, failed half-way or never started (HEAD, a client gone early).
final class TemporaryFile: Sendable {
    let path: String

    init(path: String) {
        self.path = path
    }

    deinit {
        unlink(path)
    }
}
