import XCTest
import Compression

final class GzipRoundTripTests: XCTestCase {
    func test_roundTrip_restoresFiveMegabytes_whenBuffersAreSmall() throws {
        var data = TestData(seed: 7)
        let original = data.variedBytes(count: 5 * 1024 * 1024)

        var compressed: [UInt8] = []
        let writer = try GzipWriter(chunkSize: 1000) { compressed.append(contentsOf: $0) }
        var position = 0
        while position < original.count {
            let end = min(original.count, position + 1 + data.next(below: 7000))
            try writer.write(original[position..<end])
            position = end
        }
        try writer.finish()
        XCTAssertEqual(writer.uncompressedCount, Int64(original.count))
        XCTAssertEqual(writer.compressedCount, Int64(compressed.count))
        XCTAssertLessThan(compressed.count, original.count)

        let reader = try GzipReader(source: MemoryByteSource(compressed, maxReadSize: 333), chunkSize: 4096)
        XCTAssertTrue(reader.isCompressed)
        var restored: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 777)
        while case let count = try reader.read(into: &buffer), count > 0 {
            restored.append(contentsOf: buffer[0..<count])
        }
        XCTAssertEqual(restored.count, original.count)
        XCTAssertTrue(restored == original)
        XCTAssertEqual(reader.compressedOffset, Int64(compressed.count))
        XCTAssertEqual(reader.decompressedOffset, Int64(original.count))
    }

    func test_roundTrip_throughFiles_whenWrittenToPathAndReadFromPath() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID()).gz").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var data = TestData(seed: 11)
        let original = data.variedBytes(count: 300_000)

        let writer = try GzipWriter(file: try FileByteSink(path: path), level: 9)
        try writer.write(original)
        try writer.finish()

        let reader = try GzipReader(path: path, chunkSize: 8192)
        var restored: [UInt8] = []
        while let chunk = try reader.next() {
            XCTAssertLessThanOrEqual(chunk.count, 8192)
            restored.append(contentsOf: chunk)
        }
        XCTAssertTrue(restored == original)
        XCTAssertNil(try reader.next(), "the end stays the end")
    }

    func test_roundTrip_restoresEmptyInput() throws {
        let compressed = try GzipWriter.compress([UInt8]())
        XCTAssertEqual(Array(compressed.prefix(2)), [0x1f, 0x8b])
        XCTAssertEqual(try GzipReader.decompress(compressed), [])
    }

    func test_roundTrip_restoresText_whenLevelIsZero() throws {
        let text = Array(String(repeating: "Brønnøysund ", count: 1000).utf8)
        let stored = try GzipWriter.compress(text, level: 0)
        XCTAssertGreaterThan(stored.count, text.count, "level 0 stores")
        XCTAssertEqual(try GzipReader.decompress(stored), text)
    }

    func test_reader_readsDoubleCompressedInput_whenChainedAsByteSource() throws {
        let text = Array("nested gzip".utf8)
        let twice = try GzipWriter.compress(try GzipWriter.compress(text))
        let outer = try GzipReader(source: MemoryByteSource(twice), chunkSize: 16)
        let inner = try GzipReader(source: outer, chunkSize: 16)
        var restored: [UInt8] = []
        while let chunk = try inner.next() { restored.append(contentsOf: chunk) }
        XCTAssertEqual(restored, text)
    }
}
