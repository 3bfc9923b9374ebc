import XCTest
import Compression

final class GzipWriterTests: XCTestCase {
    func test_header_hasZeroMTimeAndNoFlags() throws {
        let gzip = try GzipWriter.compress(Array("header".utf8))
        XCTAssertGreaterThanOrEqual(gzip.count, 18)
        XCTAssertEqual(Array(gzip[0..<3]), [0x1f, 0x8b, 0x08], "magic and CM = deflate")
        XCTAssertEqual(gzip[3], 0, "FLG: no FNAME, FCOMMENT, FEXTRA, FHCRC")
        XCTAssertEqual(Array(gzip[4..<8]), [0, 0, 0, 0], "MTIME 0")
    }

    func test_output_isIdentical_whenInputIsSplitDifferently() throws {
        var data = TestData(seed: 5)
        let input = data.variedBytes(count: 400_000)
        let whole = try GzipWriter.compress(input)
        XCTAssertEqual(try GzipWriter.compress(input), whole)

        var pieces: [UInt8] = []
        let writer = try GzipWriter(chunkSize: 100) { pieces.append(contentsOf: $0) }
        var position = 0
        while position < input.count {
            let end = min(input.count, position + 1 + data.next(below: 3000))
            try writer.write(input[position..<end])
            position = end
        }
        try writer.finish()
        XCTAssertEqual(pieces, whole)
    }

    func test_output_dependsOnLevel() throws {
        let text = Array(String(repeating: "KVIKK SMIDIG OTER AS ", count: 2000).utf8)
        let fast = try GzipWriter.compress(text, level: 1)
        let best = try GzipWriter.compress(text, level: 9)
        XCTAssertNotEqual(fast, best)
        XCTAssertEqual(try GzipReader.decompress(fast), text)
        XCTAssertEqual(try GzipReader.decompress(best), text)
    }

    func test_init_throwsInvalidLevel_whenLevelIsOutOfRange() {
        for level in [-1, 10] {
            XCTAssertThrowsError(try GzipWriter(level: level) { _ in }) { error in
                guard case GzipWriteError.invalidLevel(level) = error else { return XCTFail("got \(error)") }
            }
        }
    }

    func test_writeAndFinish_throwAlreadyFinished_afterFinish() throws {
        let writer = try GzipWriter { _ in }
        try writer.finish()
        XCTAssertThrowsError(try writer.write(Array("late".utf8))) { error in
            guard case GzipWriteError.alreadyFinished = error else { return XCTFail("got \(error)") }
        }
        XCTAssertThrowsError(try writer.finish())
    }

    func test_write_throwsSinkFailed_whenSinkThrows() throws {
        struct DiskFull: Error {}
        let writer = try GzipWriter(chunkSize: 64) { _ in throw DiskFull() }
        var data = TestData(seed: 9)
        XCTAssertThrowsError(try {
            try writer.write(data.variedBytes(count: 10_000))
            try writer.finish()
        }()) { error in
            guard case GzipWriteError.sinkFailed(let underlying) = error else { return XCTFail("got \(error)") }
            XCTAssertTrue(underlying is DiskFull)
        }
    }

    func test_sink_receivesChunksOfAtMostChunkSize() throws {
        var sizes: [Int] = []
        let writer = try GzipWriter(level: 0, chunkSize: 1000) { sizes.append($0.count) }
        var data = TestData(seed: 3)
        try writer.write(data.variedBytes(count: 50_000))
        try writer.finish()
        XCTAssertGreaterThan(sizes.count, 40)
        XCTAssertTrue(sizes.allSatisfy { $0 <= 1000 && $0 > 0 })
    }
}
