import Foundation

/// An exclusive `flock` on `<staging>.lock`, held for the whole import: a second import on the same
/// `--db` fails at once (exit 1). The kernel releases it when the process ends, however it ends.
final class ImportLock {
    private let descriptor: Int32

    init(path: String) throws(ImportError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .fatal("cannot open the lock file \(path): errno \(errno)") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .fatal("another import holds \(path)")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
