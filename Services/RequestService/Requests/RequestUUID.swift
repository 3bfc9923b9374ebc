import Foundation

/// Request ids are UUIDs, accepted in any case and written in lower case (`requests.md` §1).
enum RequestUUID {
    static func normalize(_ text: String) -> String? {
        guard text.utf8.count == 36, let uuid = UUID(uuidString: text) else { return nil }
        return uuid.uuidString.lowercased()
    }

    static func make() -> String { UUID().uuidString.lowercased() }
}
