import Compression
import JSON

/// One top-level JSON array written to a gzip file record by record, so memory holds one record, a
/// 64 KiB staging buffer and the compressor's buffers, never the file.
final class GzipJSONArrayFile {
    let path: String
    private let gzip: GzipWriter
    private var staged: [UInt8] = []
    private var records = 0
    private static let stagingSize = 64 * 1024

    init(path: String) throws(GenerateFailure) {
        self.path = path
        do {
            gzip = try GzipWriter(file: try FileByteSink(path: path))
        } catch {
            throw .cannotWrite(path: path, reason: "\(error)")
        }
        staged.reserveCapacity(Self.stagingSize + 4096)
        staged.append(UInt8(ascii: "["))
    }

    func append(_ record: JSONWriter) throws(GenerateFailure) {
        if records > 0 { staged.append(UInt8(ascii: ",")) }
        staged.append(contentsOf: record.bytes)
        records += 1
        if staged.count >= Self.stagingSize { try flush() }
    }

    /// Closes the array and writes the gzip trailer.
    func finish() throws(GenerateFailure) {
        staged.append(UInt8(ascii: "]"))
        try flush()
        do { try gzip.finish() } catch { throw .cannotWrite(path: path, reason: "\(error)") }
    }

    private func flush() throws(GenerateFailure) {
        do { try gzip.write(staged) } catch { throw .cannotWrite(path: path, reason: "\(error)") }
        staged.removeAll(keepingCapacity: true)
    }
}
