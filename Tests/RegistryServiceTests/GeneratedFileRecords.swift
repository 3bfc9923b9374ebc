import Compression

/// The raw bytes of each element (an object) of a generated `.json.gz` file, for the splicer tests.
enum GeneratedFileRecords {
    static func records(_ path: String) -> [[UInt8]] {
        guard let reader = try? GzipReader(path: path) else { return [] }
        var bytes: [UInt8] = []
        while let chunk = try? reader.next() { bytes.append(contentsOf: chunk) }
        var records: [[UInt8]] = []
        var depth = 0
        var inString = false
        var escaped = false
        var start = 0
        for (index, byte) in bytes.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 1 { start = index }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 1 { records.append(Array(bytes[start...index])) }
            default: break
            }
        }
        return records
    }
}
