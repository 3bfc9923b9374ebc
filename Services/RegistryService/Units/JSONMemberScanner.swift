/// Finds the value of one top-level member in a compact JSON object without parsing it, so a stored
/// document can be rendered by splicing bytes (lookups are the Registry's hot path).
enum JSONMemberScanner {
    /// The byte range of the value of the top-level member `name`, or nil when absent or malformed.
    static func valueRange(of name: String, in bytes: [UInt8]) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { valueRange(of: name, in: $0) }
    }

    /// As above, on bytes lent in place (a column of the current SQLite row).
    static func valueRange(of name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var name = name
        return name.withUTF8 { key in
            var index = skipSpace(bytes, 0)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            index += 1
            while true {
                index = skipSpace(bytes, index)
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
                guard let keyEnd = stringEnd(bytes, index) else { return nil }
                let matches = keyEnd - index - 2 == key.count
                    && UnsafeBufferPointer(rebasing: bytes[(index + 1)..<(keyEnd - 1)]).elementsEqual(key)
                index = skipSpace(bytes, keyEnd)
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                let valueStart = skipSpace(bytes, index + 1)
                guard let valueEnd = self.valueEnd(bytes, valueStart) else { return nil }
                if matches { return valueStart..<valueEnd }
                index = skipSpace(bytes, valueEnd)
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
        }
    }

    /// The index just past the string that starts (with its quote) at `start`.
    private static func stringEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    /// The index just past the value that starts at `start`.
    private static func valueEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return stringEnd(bytes, start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let end = stringEnd(bytes, index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
            return nil
        default:
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"): return index
                default: index += 1
                }
            }
            return index
        }
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return index
            }
        }
        return index
    }
}
