extension GzipReader {
    /// The decompressed content of `bytes` (gzip, or plain passed through), for payloads that fit in memory.
    public static func decompress(_ bytes: [UInt8]) throws(GzipReadError) -> [UInt8] {
        let reader = try GzipReader(source: MemoryByteSource(bytes), chunkSize: 64 * 1024)
        var result: [UInt8] = []
        while let chunk = try reader.next() { result.append(contentsOf: chunk) }
        return result
    }
}
