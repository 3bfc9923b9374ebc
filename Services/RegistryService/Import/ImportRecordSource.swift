import Compression
import JSON

/// One input file read as a stream of array elements: gzip or plain (by magic bytes), decompressed
/// chunk by chunk and parsed element by element, never loaded whole. Every failure is fatal (§6)
/// and names the file and a byte offset.
struct ImportRecordSource {
    let path: String
    private var reader: JSONArrayStreamReader
    private let gzip: GzipReader

    init(path: String) throws(ImportError) {
        self.path = path
        do {
            gzip = try GzipReader(path: path)
        } catch {
            throw .fatal("\(path): cannot read the file: \(error)")
        }
        let gzip = gzip
        reader = JSONArrayStreamReader(source: { try gzip.next() })
    }

    /// The next record, or nil after the array's end.
    mutating func next() throws(ImportError) -> JSONArrayElement? {
        do {
            return try reader.next()
        } catch let error as GzipReadError {
            throw .fatal("\(path): \(error) (compressed input)")
        } catch let error as JSONStreamError {
            throw .fatal("\(path): JSON error: \(error.reason) at byte \(error.offset) of the decompressed stream")
        } catch {
            throw .fatal("\(path): \(error) near byte \(reader.offset) of the decompressed stream")
        }
    }
}
