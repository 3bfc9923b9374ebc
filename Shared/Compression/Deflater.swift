import CZlib

/// One zlib deflate stream writing a gzip wrapper (`deflateInit2` with windowBits 15 + 16): a
/// 10-byte header with MTIME 0, no file name and no extra fields, so equal input gives equal bytes.
final class Deflater {
    struct Step {
        var consumed: Int
        var produced: Int
        /// `finish` wrote the trailer.
        var ended: Bool
    }

    private let stream: UnsafeMutablePointer<z_stream>

    init(level: Int) throws(GzipWriteError) {
        guard (0...9).contains(level) else { throw .invalidLevel(level) }
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let code = czlib_deflate_init_gzip(stream, Int32(level))
        guard code == Z_OK else {
            stream.deallocate()
            throw .zlibFailure(code: code)
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses from `input` into `output`; with `finish`, flushes everything and ends the stream.
    func deflate(input: UnsafeRawBufferPointer, output: UnsafeMutableRawBufferPointer,
                 finish: Bool) throws(GzipWriteError) -> Step {
        let inCount = UInt32(clamping: input.count)
        let outCount = UInt32(clamping: output.count)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.pointee.avail_in = inCount
        stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: UInt8.self)
        stream.pointee.avail_out = outCount
        let code = CZlib.deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
        let consumed = Int(inCount - stream.pointee.avail_in)
        let produced = Int(outCount - stream.pointee.avail_out)
        switch code {
        case Z_OK, Z_BUF_ERROR: break
        case Z_STREAM_END: break
        default: throw .zlibFailure(code: code)
        }
        return Step(consumed: consumed, produced: produced, ended: code == Z_STREAM_END)
    }
}
