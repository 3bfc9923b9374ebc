import Foundation

/// Creates the output directory and its missing parents (`mkdir -p`), reporting the system's reason
/// (`Not a directory`, `Permission denied`) when it cannot.
enum OutputDirectory {
    static func create(_ path: String) throws(GenerateFailure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component + "/"
            if mkdir(prefix, 0o755) == 0 { continue }
            let code = errno
            var info = stat()
            guard code == EEXIST, stat(prefix, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                let reason = code == EEXIST ? "\(prefix.dropLast()) is not a directory" : String(cString: strerror(code))
                throw .cannotCreateDirectory(path: path, reason: reason)
            }
        }
    }
}
