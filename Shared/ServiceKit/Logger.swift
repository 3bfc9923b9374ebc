import Foundation
import JSON

public enum LogLevel: String, Sendable, Comparable, CaseIterable {
    case debug, info, warning, error

    private var rank: Int { LogLevel.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rank < rhs.rank }
}

/// JSON lines on stderr. One `write` per line, so lines from concurrent threads never interleave.
public struct Logger: Sendable {
    public let level: LogLevel
    public let service: String

    public init(service: String, level: LogLevel) {
        self.service = service
        self.level = level
    }

    public func isEnabled(_ level: LogLevel) -> Bool { level >= self.level }

    public func log(_ level: LogLevel, _ message: String, _ fields: [(String, JSONValue)] = []) {
        guard isEnabled(level) else { return }
        var json = JSONWriter(capacity: 160)
        json.beginObject()
        json.member("ts", Timestamp.rfc3339(Date()))
        json.member("level", level.rawValue)
        json.member("service", service)
        json.member("msg", message)
        for (name, value) in fields { json.member(name, value) }
        json.endObject()
        writeLine(json.bytes)
    }

    public func info(_ message: String, _ fields: [(String, JSONValue)] = []) { log(.info, message, fields) }
    public func warning(_ message: String, _ fields: [(String, JSONValue)] = []) { log(.warning, message, fields) }
    public func error(_ message: String, _ fields: [(String, JSONValue)] = []) { log(.error, message, fields) }

    func writeLine(_ bytes: [UInt8]) {
        var line = bytes
        line.append(0x0A)
        line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
