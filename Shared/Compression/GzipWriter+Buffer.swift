extension GzipWriter {
    /// The gzip encoding of `bytes`, for payloads that fit in memory.
    public static func compress(_ bytes: some Sequence<UInt8>, level: Int = 6) throws(GzipWriteError) -> [UInt8] {
        var result: [UInt8] = []
        let writer = try GzipWriter(level: level) { chunk in result.append(contentsOf: chunk) }
        try writer.write(bytes)
        try writer.finish()
        return result
    }
}
