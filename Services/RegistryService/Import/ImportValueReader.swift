import Foundation

/// Reads values that `ImportJSONCursor` has already validated, by their ranges in the record: strings
/// (which then have no escapes, so their content is their text), literals, and byte comparisons.
struct ImportValueReader {
    let bytes: UnsafePointer<UInt8>

    /// The content of a string value (without its quotes), or nil for any other value.
    func content(_ range: Range<Int>) -> Range<Int>? {
        guard bytes[range.lowerBound] == UInt8(ascii: "\"") else { return nil }
        return range.lowerBound + 1..<range.upperBound - 1
    }

    /// The text of a string value, or nil for any other value.
    func text(_ range: Range<Int>) -> String? { content(range).map(string) }

    func string(_ content: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes + content.lowerBound, count: content.count), as: UTF8.self)
    }

    func isNull(_ range: Range<Int>) -> Bool { bytes[range.lowerBound] == UInt8(ascii: "n") }

    func bool(_ range: Range<Int>) -> Bool? {
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: return nil
        }
    }

    func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && memcmp(bytes + range.lowerBound, text.utf8Start, range.count) == 0
    }

    func equals(_ range: Range<Int>, _ expected: [UInt8]) -> Bool {
        range.count == expected.count && expected.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memcmp(bytes + range.lowerBound, $0, range.count) == 0 } ?? true
        }
    }

    /// `NNNN`.
    func isFourDigits(_ content: Range<Int>) -> Bool {
        content.count == 4 && content.allSatisfy { bytes[$0] &- UInt8(ascii: "0") < 10 }
    }

    /// `NN.NNN`.
    func isIndustryCode(_ content: Range<Int>) -> Bool {
        content.count == 6 && content.allSatisfy { index in
            index - content.lowerBound == 2 ? bytes[index] == UInt8(ascii: ".") : bytes[index] &- UInt8(ascii: "0") < 10
        }
    }

    /// A plain non-negative integer below 10^15 (`0` or no leading zero), or nil.
    func count(_ range: Range<Int>) -> Int64? {
        guard (1...15).contains(range.count), bytes[range.lowerBound] != UInt8(ascii: "0") || range.count == 1 else {
            return nil
        }
        var value: Int64 = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
        }
        return value
    }

    /// The value ranges of the members `names` knows of the object at `range`, by slot; nil when it is not
    /// an object of the accepted subset or a known name repeats (`ImportJSONCursor.members`).
    func members(of range: Range<Int>, _ names: ImportNameTable) -> [Range<Int>?]? {
        var found = [Range<Int>?](repeating: nil, count: names.slotCount)
        var cursor = ImportJSONCursor(bytes, count: range.upperBound, at: range.lowerBound)
        return cursor.members(names, into: &found) ? found : nil
    }

    /// Gives each item of the array at `range` to `item`; false when it is not an array of the accepted
    /// subset or `item` returns false.
    func items(of range: Range<Int>, _ item: (Range<Int>) -> Bool) -> Bool {
        var cursor = ImportJSONCursor(bytes, count: range.upperBound, at: range.lowerBound)
        return cursor.array(item)
    }

    func append(_ range: Range<Int>, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count))
    }
}
