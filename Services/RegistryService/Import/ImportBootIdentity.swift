import Foundation

/// Which boot of the operating system this process runs in (`/proc/sys/kernel/random/boot_id`), so a
/// resumed import can tell whether the machine restarted since the staging file was last written.
enum ImportBootIdentity {
    /// The current boot's id, or nil when it cannot be read (then every resume counts as after a restart).
    static func current(path: String = "/proc/sys/kernel/random/boot_id") -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
