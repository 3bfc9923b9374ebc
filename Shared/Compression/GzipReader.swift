import CZlib

/// Reads a byte source that is either gzip (it starts with `1f 8b`) or plain, and hands out the
/// decompressed bytes in chunks, never the whole file. Concatenated gzip members (`cat a.gz b.gz`)
/// read as one stream, as RFC 1952 §2.2 says they should.
///
/// Memory is one input buffer and zlib's 32 KiB window. Not thread-safe: use it from one thread.
public final class GzipReader {
    /// Whether the source started with the gzip magic bytes; plain sources pass through unchanged.
    public let isCompressed: Bool
    /// Bytes consumed from the source so far.
    public var compressedOffset: Int64 { inputBase + Int64(inputStart) }
    /// Bytes handed out so far.
    public private(set) var decompressedOffset: Int64 = 0

    private var source: any ByteSource
    private let input: UnsafeMutableRawBufferPointer
    private var inputStart = 0
    private var inputEnd = 0
    /// Source offset of `input[0]`.
    private var inputBase: Int64 = 0
    private var sourceEnded = false
    private let inflater: Inflater?
    /// The last member ended; another may follow.
    private var betweenMembers = false
    private var chunk: [UInt8]
    private let chunkSize: Int

    /// - Parameter chunkSize: the size of source reads (at least 16) and of the chunks `next()` returns.
    public init(source: some ByteSource, chunkSize: Int = 256 * 1024) throws(GzipReadError) {
        self.source = source
        self.chunkSize = max(1, chunkSize)
        self.input = .allocate(byteCount: max(16, chunkSize), alignment: 16)
        self.chunk = []
        do {
            try Self.fill(input, from: &self.source, upTo: 2, end: &inputEnd, ended: &sourceEnded)
        } catch {
            input.deallocate()
            throw .sourceFailed(offset: 0, underlying: error)
        }
        isCompressed = inputEnd >= 2 && input[0] == 0x1f && input[1] == 0x8b
        do {
            inflater = isCompressed ? try Inflater() : nil
        } catch {
            input.deallocate()
            throw error
        }
    }

    /// Opens and reads the file at `path`.
    public convenience init(path: String, chunkSize: Int = 256 * 1024) throws(GzipReadError) {
        let file: FileByteSource
        do { file = try FileByteSource(path: path) } catch { throw .sourceFailed(offset: 0, underlying: error) }
        try self.init(source: file, chunkSize: chunkSize)
    }

    deinit { input.deallocate() }

    /// The next chunk of up to `chunkSize` decompressed bytes, or nil at the end. The slice shares
    /// the reader's buffer: drop it before the next call, or that call copies the buffer.
    public func next() throws(GzipReadError) -> ArraySlice<UInt8>? {
        if chunk.count != chunkSize { chunk = [UInt8](repeating: 0, count: chunkSize) }
        let count = try chunk.withUnsafeMutableBytes { buffer in
            Result { () throws(GzipReadError) in try read(into: buffer) }
        }.get()
        return count == 0 ? nil : chunk[0..<count]
    }

    /// Reads up to `buffer.count` decompressed bytes into the front of `buffer`; 0 means the end.
    public func read(into buffer: inout [UInt8]) throws(GzipReadError) -> Int {
        try buffer.withUnsafeMutableBytes { bytes in
            Result { () throws(GzipReadError) in try read(into: bytes) }
        }.get()
    }

    /// Fills `buffer` with decompressed bytes; fewer than `buffer.count` only at the end, 0 after it.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(GzipReadError) -> Int {
        let count = try inflater == nil ? readPlain(into: buffer) : readCompressed(into: buffer)
        decompressedOffset += Int64(count)
        return count
    }

    // MARK: plain sources

    private func readPlain(into buffer: UnsafeMutableRawBufferPointer) throws(GzipReadError) -> Int {
        var produced = 0
        while produced < buffer.count {
            if inputStart == inputEnd {
                if sourceEnded { break }
                try refill()
                continue
            }
            let count = min(buffer.count - produced, inputEnd - inputStart)
            UnsafeMutableRawBufferPointer(rebasing: buffer[produced..<produced + count])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: input[inputStart..<inputStart + count]))
            inputStart += count
            produced += count
        }
        return produced
    }

    // MARK: gzip sources

    private func readCompressed(into buffer: UnsafeMutableRawBufferPointer) throws(GzipReadError) -> Int {
        guard let inflater, let output = buffer.baseAddress else { return 0 }
        var produced = 0
        while produced < buffer.count {
            if inputStart == inputEnd {
                if !sourceEnded { try refill() }
                if inputStart == inputEnd {
                    if betweenMembers { break }
                    throw .truncatedStream(offset: compressedOffset)
                }
            }
            if betweenMembers {
                inflater.reset()
                betweenMembers = false
            }
            let step = inflater.inflate(
                input: UnsafeRawBufferPointer(rebasing: input[inputStart..<inputEnd]),
                output: UnsafeMutableRawBufferPointer(start: output + produced, count: buffer.count - produced))
            inputStart += step.consumed
            produced += step.produced
            switch step.outcome {
            case .progress: break
            case .memberEnded: betweenMembers = true
            case .corrupt(let reason): throw .corruptStream(offset: compressedOffset, reason: reason)
            case .failed(let code): throw .zlibFailure(code: code)
            }
        }
        return produced
    }

    // MARK: input

    private func refill() throws(GzipReadError) {
        inputBase += Int64(inputEnd)
        inputStart = 0
        inputEnd = 0
        do {
            try Self.fill(input, from: &source, upTo: 1, end: &inputEnd, ended: &sourceEnded)
        } catch {
            throw .sourceFailed(offset: inputBase, underlying: error)
        }
    }

    /// Reads into `buffer` from `end` until at least `minimum` bytes are there or the source ends.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from source: inout any ByteSource,
                             upTo minimum: Int, end: inout Int, ended: inout Bool) throws {
        while end < minimum && !ended {
            let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
            if count == 0 { ended = true } else { end += count }
        }
    }
}

extension GzipReader: ByteSource {}
