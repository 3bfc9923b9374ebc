/// Compresses a byte stream to gzip in bounded memory and hands the compressed bytes to a sink in
/// chunks. The header has MTIME 0 and no file name, so the same input and level always give the
/// same bytes (with the same zlib). Call `finish()` to write the trailer.
///
/// Not thread-safe: use it from one thread.
public final class GzipWriter {
    public typealias Sink = (ArraySlice<UInt8>) throws -> Void

    /// Uncompressed bytes written so far.
    public private(set) var uncompressedCount: Int64 = 0
    /// Compressed bytes handed to the sink so far.
    public private(set) var compressedCount: Int64 = 0

    private let deflater: Deflater
    private let sink: Sink
    private var output: [UInt8]
    private var outputCount = 0
    private var finished = false

    /// - Parameters:
    ///   - level: zlib level 0 (store) to 9 (smallest); 6 is zlib's and gzip's default.
    ///   - chunkSize: the size of the chunks passed to `sink` (except the last).
    public init(level: Int = 6, chunkSize: Int = 256 * 1024, sink: @escaping Sink) throws(GzipWriteError) {
        deflater = try Deflater(level: level)
        self.sink = sink
        output = [UInt8](repeating: 0, count: max(64, chunkSize))
    }

    /// Writes to `file`, which the writer keeps open until it is released.
    public convenience init(file: FileByteSink, level: Int = 6, chunkSize: Int = 256 * 1024) throws(GzipWriteError) {
        try self.init(level: level, chunkSize: chunkSize) { bytes in try file.write(bytes) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws(GzipWriteError) {
        guard !finished else { throw .alreadyFinished }
        var rest = bytes
        while !rest.isEmpty {
            let step = try deflateStep(rest, finish: false)
            rest = UnsafeRawBufferPointer(rebasing: rest[step.consumed...])
        }
        uncompressedCount += Int64(bytes.count)
    }

    public func write(_ bytes: some Sequence<UInt8>) throws(GzipWriteError) {
        let handled: Void? = try bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(GzipWriteError) in try write(UnsafeRawBufferPointer(buffer)) }
        }?.get()
        if handled == nil {
            let copy = Array(bytes)
            try copy.withUnsafeBytes { buffer in
                Result { () throws(GzipWriteError) in try write(buffer) }
            }.get()
        }
    }

    public func write(_ text: String) throws(GzipWriteError) {
        var text = text
        try text.withUTF8 { buffer in
            Result { () throws(GzipWriteError) in try write(UnsafeRawBufferPointer(buffer)) }
        }.get()
    }

    /// Flushes the remaining input, writes the gzip trailer and hands the last chunk to the sink.
    public func finish() throws(GzipWriteError) {
        guard !finished else { throw .alreadyFinished }
        while try !deflateStep(UnsafeRawBufferPointer(start: nil, count: 0), finish: true).ended {}
        try flush()
        finished = true
    }

    /// Runs deflate once, emptying the output buffer into the sink whenever it fills.
    private func deflateStep(_ input: UnsafeRawBufferPointer, finish: Bool) throws(GzipWriteError) -> Deflater.Step {
        if outputCount == output.count { try flush() }
        let start = outputCount
        let step = try output.withUnsafeMutableBytes { buffer in
            Result { () throws(GzipWriteError) in
                try deflater.deflate(input: input, output: UnsafeMutableRawBufferPointer(rebasing: buffer[start...]),
                                     finish: finish)
            }
        }.get()
        outputCount += step.produced
        if step.consumed == 0 && step.produced == 0 && !step.ended && outputCount < output.count {
            throw .zlibFailure(code: -5)  // Z_BUF_ERROR: no progress was possible
        }
        return step
    }

    private func flush() throws(GzipWriteError) {
        guard outputCount > 0 else { return }
        do { try sink(output[0..<outputCount]) } catch { throw .sinkFailed(underlying: error) }
        compressedCount += Int64(outputCount)
        outputCount = 0
    }
}
