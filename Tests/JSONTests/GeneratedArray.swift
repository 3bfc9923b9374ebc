/// A JSON array of record-like objects produced chunk by chunk, so a test can stream megabytes
/// without holding them. Element `n` carries `"n": n`.
struct GeneratedArray {
    enum Shape {
        /// About 150 bytes: strings, an array, a boolean, a number.
        case record
        /// About 20 bytes.
        case compact
    }

    let count: Int
    let chunkSize: Int
    let shape: Shape
    private(set) var bytesProduced = 0
    private var nextElement = 0
    private var buffer: [UInt8] = []
    private var finished = false
    /// Offsets of every 997th element.
    private var sampledOffsets: [Int: Int64] = [:]

    init(count: Int, chunkSize: Int, shape: Shape = .record) {
        self.count = count
        self.chunkSize = chunkSize
        self.shape = shape
    }

    func offset(ofElement index: Int) -> Int64? { sampledOffsets[index] }

    mutating func nextChunk() -> ArraySlice<UInt8>? {
        guard !finished else { return nil }
        buffer.removeAll(keepingCapacity: true)
        if nextElement == 0 && bytesProduced == 0 { buffer.append(UInt8(ascii: "[")) }
        while buffer.count < chunkSize && nextElement < count {
            if nextElement > 0 { buffer.append(UInt8(ascii: ",")) }
            if nextElement % 997 == 0 { sampledOffsets[nextElement] = Int64(bytesProduced + buffer.count) }
            appendElement(nextElement)
            nextElement += 1
        }
        if nextElement == count {
            buffer.append(contentsOf: "]\n".utf8)
            finished = true
        }
        bytesProduced += buffer.count
        return buffer[...]
    }

    private mutating func appendElement(_ n: Int) {
        if shape == .compact {
            buffer.append(contentsOf: #"{"n":\#(n),"s":"\#(n % 10)"}"#.utf8)
            return
        }
        let number = 310_000_000 + n
        buffer.append(contentsOf: #"{"organisasjonsnummer":"\#(number)","navn":"KVIKK SMIDIG OTER \#(n % 100) AS","#.utf8)
        buffer.append(contentsOf: #""adresse":["Storgata \#(n % 50)","0\#(n % 10)50"],"slettet":\#(n % 7 == 0),"n":\#(n)}"#.utf8)
    }
}
