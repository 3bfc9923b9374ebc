import CZlib

/// One zlib inflate stream in gzip-or-zlib mode (`inflateInit2` with windowBits 15 + 32). The
/// `z_stream` lives on the heap because zlib keeps a pointer back to it.
final class Inflater {
    enum Outcome: Equatable {
        case progress
        case memberEnded
        case corrupt(String)
        case failed(Int32)
    }

    struct Step {
        var consumed: Int
        var produced: Int
        var outcome: Outcome
    }

    private let stream: UnsafeMutablePointer<z_stream>

    init() throws(GzipReadError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let code = czlib_inflate_init_gzip(stream)
        guard code == Z_OK else {
            stream.deallocate()
            throw .zlibFailure(code: code)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Starts a new member, keeping the allocated window.
    func reset() { inflateReset(stream) }

    func inflate(input: UnsafeRawBufferPointer, output: UnsafeMutableRawBufferPointer) -> Step {
        let inCount = UInt32(clamping: input.count)
        let outCount = UInt32(clamping: output.count)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.pointee.avail_in = inCount
        stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: UInt8.self)
        stream.pointee.avail_out = outCount
        let code = CZlib.inflate(stream, Z_NO_FLUSH)
        let consumed = Int(inCount - stream.pointee.avail_in)
        let produced = Int(outCount - stream.pointee.avail_out)
        let outcome = outcome(of: code, madeProgress: consumed + produced > 0)
        return Step(consumed: consumed, produced: produced, outcome: outcome)
    }

    private func outcome(of code: Int32, madeProgress: Bool) -> Outcome {
        switch code {
        case Z_OK: return .progress
        case Z_BUF_ERROR: return madeProgress ? .progress : .failed(code)
        case Z_STREAM_END: return .memberEnded
        case Z_DATA_ERROR: return .corrupt(message ?? "invalid compressed data")
        case Z_NEED_DICT: return .corrupt("a preset dictionary is required")
        default: return .failed(code)
        }
    }

    private var message: String? {
        guard let text = stream.pointee.msg else { return nil }
        return String(cString: text)
    }
}
