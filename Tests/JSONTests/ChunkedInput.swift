import JSON

/// Test sources for `JSONArrayStreamReader`.
enum ChunkedInput {
    /// Hands out `bytes` in chunks of `size`.
    static func source(_ bytes: [UInt8], chunkSize size: Int) -> JSONArrayStreamReader.ChunkSource {
        var position = 0
        return {
            guard position < bytes.count else { return nil }
            let end = min(bytes.count, position + size)
            defer { position = end }
            return bytes[position..<end]
        }
    }

    /// Hands out the given pieces in turn.
    static func source(pieces: [ArraySlice<UInt8>]) -> JSONArrayStreamReader.ChunkSource {
        var iterator = pieces.makeIterator()
        return { iterator.next() }
    }

    /// Every element the reader yields, or the error that stopped it with the elements before it.
    static func readAll(_ reader: inout JSONArrayStreamReader) -> (elements: [JSONArrayElement], error: (any Error)?) {
        var elements: [JSONArrayElement] = []
        do {
            while let element = try reader.next() { elements.append(element) }
            return (elements, nil)
        } catch {
            return (elements, error)
        }
    }

    static func readAll(_ bytes: [UInt8], chunkSize: Int,
                        maxElementBytes: Int = JSONArrayStreamReader.defaultMaxElementBytes)
        -> (elements: [JSONArrayElement], error: (any Error)?) {
        var reader = JSONArrayStreamReader(maxElementBytes: maxElementBytes, source: source(bytes, chunkSize: chunkSize))
        return readAll(&reader)
    }
}
