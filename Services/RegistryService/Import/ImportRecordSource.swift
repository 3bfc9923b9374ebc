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
        } catch {
            throw failure(error)
        }
    }

    /// The next record, taken by `accept` unparsed when it can (`JSONArrayStreamReader.next(offering:)`).
    mutating func next<Accepted>(
        offering accept: (UnsafeRawBufferPointer) -> (Accepted, length: Int)?
    ) throws(ImportError) -> JSONArrayItem<Accepted>? {
        do {
            return try reader.next(offering: accept)
        } catch {
            throw failure(error)
        }
    }

    private func failure(_ error: any Error) -> ImportError {
        switch error {
        case let error as GzipReadError:
            .fatal("\(path): \(error) (compressed input)")
        case let error as JSONStreamError:
            .fatal("\(path): JSON error: \(error.reason) at byte \(error.offset) of the decompressed stream")
        default:
            .fatal("\(path): \(error) near byte \(reader.offset) of the decompressed stream")
        }
    }
}
