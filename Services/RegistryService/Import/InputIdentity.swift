import Foundation

/// What `--resume` compares (§6): an input's path as given, size and modification time.
struct InputIdentity: Equatable {
    let path: String
    let size: Int64
    /// Seconds and nanoseconds, as text, so the comparison is exact.
    let modified: String

    /// The identity of a kind that was not given.
    static func absent() -> InputIdentity { InputIdentity(path: "", size: 0, modified: "") }

    init(path: String, size: Int64, modified: String) {
        self.path = path
        self.size = size
        self.modified = modified
    }

    init(path: String) throws(ImportError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .fatal("\(path): cannot read the file: \(String(cString: strerror(errno))) at byte 0")
        }
        self.init(path: path, size: Int64(info.st_size),
                  modified: "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
    }
}
