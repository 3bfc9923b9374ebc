import XCTest
import Compression

final class GzipReaderTests: XCTestCase {
    private func readAll(_ bytes: [UInt8], readSize: Int = .max, chunkSize: Int = 4096) throws -> [UInt8] {
        let reader = try GzipReader(source: MemoryByteSource(bytes, maxReadSize: readSize), chunkSize: chunkSize)
        var result: [UInt8] = []
        while let chunk = try reader.next() { result.append(contentsOf: chunk) }
        return result
    }

    private func compressedText(_ count: Int, seed: UInt64 = 1) throws -> (plain: [UInt8], gzip: [UInt8]) {
        var data = TestData(seed: seed)
        let plain = data.variedBytes(count: count)
        return (plain, try GzipWriter.compress(plain))
    }

    // MARK: concatenated members (RFC 1952 §2.2)

    func test_read_joinsMembers_whenGzipFilesAreConcatenated() throws {
        let a = Array("first member, ".utf8)
        let b = Array("second member".utf8)
        let joined = try GzipWriter.compress(a) + GzipWriter.compress(b)
        XCTAssertEqual(try readAll(joined), a + b)
    }

    func test_read_joinsMembers_whenBoundaryFallsAtEveryReadSize() throws {
        let (first, firstGzip) = try compressedText(5000, seed: 2)
        let (second, secondGzip) = try compressedText(3000, seed: 3)
        let empty = try GzipWriter.compress([UInt8]())
        let joined = firstGzip + empty + secondGzip + empty
        for readSize in [1, 2, 3, 7, 64, 4096] {
            XCTAssertTrue(try readAll(joined, readSize: readSize, chunkSize: 100) == first + second, "read size \(readSize)")
        }
        XCTAssertTrue(try readAll(joined, readSize: 1, chunkSize: 1) == first + second, "one byte at a time")
    }

    // MARK: plain input

    func test_read_passesBytesThrough_whenInputIsNotGzip() throws {
        let json = Array("[{\"navn\":\"KVIKK SMIDIG OTER AS\"}]".utf8)
        let reader = try GzipReader(source: MemoryByteSource(json, maxReadSize: 3), chunkSize: 5)
        XCTAssertFalse(reader.isCompressed)
        var result: [UInt8] = []
        while let chunk = try reader.next() { result.append(contentsOf: chunk) }
        XCTAssertEqual(result, json)
        XCTAssertEqual(reader.compressedOffset, Int64(json.count))
    }

    func test_read_passesBytesThrough_whenInputIsEmptyOrOnlyHalfTheMagic() throws {
        XCTAssertEqual(try readAll([]), [])
        XCTAssertEqual(try readAll([0x1f]), [0x1f])
        XCTAssertEqual(try readAll([0x1f, 0x8c, 0x00]), [0x1f, 0x8c, 0x00])
    }

    // MARK: broken input

    func test_read_throwsTruncated_whenInputEndsInsideMember() throws {
        let (_, gzip) = try compressedText(100_000)
        for cut in [2, 5, 10, gzip.count / 2, gzip.count - 8, gzip.count - 1] {
            XCTAssertThrowsError(try readAll(Array(gzip.prefix(cut)), readSize: 1000), "cut at \(cut)") { error in
                guard case GzipReadError.truncatedStream(let offset) = error else {
                    return XCTFail("expected truncatedStream, got \(error)")
                }
                XCTAssertEqual(offset, Int64(cut))
            }
        }
    }

    func test_read_throwsTruncated_whenSecondMemberIsCut() throws {
        let whole = try GzipWriter.compress(Array("abc".utf8))
        let broken = whole + whole.prefix(12)
        XCTAssertThrowsError(try readAll(broken)) { error in
            guard case GzipReadError.truncatedStream(let offset) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(offset, Int64(broken.count))
        }
    }

    func test_read_throwsCorrupt_whenByteInTheMiddleIsFlipped() throws {
        let text = Array(String(repeating: "KVIKK SMIDIG OTER AS 123456789\n", count: 4000).utf8)
        var gzip = try GzipWriter.compress(text)
        gzip[gzip.count / 2] ^= 0x55
        XCTAssertThrowsError(try readAll(gzip, readSize: 100)) { error in
            guard case GzipReadError.corruptStream(let offset, let reason) = error else {
                return XCTFail("expected corruptStream, got \(error)")
            }
            XCTAssertGreaterThan(offset, 10)
            XCTAssertLessThanOrEqual(offset, Int64(gzip.count))
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func test_read_throwsCorrupt_whenChecksumIsWrong() throws {
        var gzip = try GzipWriter.compress(Array("checksum".utf8))
        gzip[gzip.count - 6] ^= 0x01  // inside the CRC-32
        XCTAssertThrowsError(try readAll(gzip)) { error in
            guard case GzipReadError.corruptStream(let offset, _) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(offset, Int64(gzip.count - 4), "zlib stops after the CRC it checked")
        }
    }

    func test_read_throwsCorrupt_whenGarbageFollowsLastMember() throws {
        let gzip = try GzipWriter.compress(Array("payload".utf8)) + Array("garbage".utf8)
        XCTAssertThrowsError(try readAll(gzip)) { error in
            guard case GzipReadError.corruptStream = error else { return XCTFail("got \(error)") }
        }
    }

    func test_read_keepsFailing_whenCalledAgainAfterCorruption() throws {
        var gzip = try GzipWriter.compress(Array(String(repeating: "x y z ", count: 10_000).utf8))
        gzip[20] ^= 0xff
        let reader = try GzipReader(source: MemoryByteSource(gzip), chunkSize: 1024)
        XCTAssertThrowsError(try { while try reader.next() != nil {} }())
        XCTAssertThrowsError(try reader.next())
    }

    func test_init_throwsSourceFailed_whenFileIsMissing() {
        XCTAssertThrowsError(try GzipReader(path: "/nonexistent/enheter.json.gz")) { error in
            guard case GzipReadError.sourceFailed(0, let underlying) = error,
                  case FileIOError.openFailed(let path, let code) = underlying else {
                return XCTFail("got \(error)")
            }
            XCTAssertEqual(path, "/nonexistent/enheter.json.gz")
            XCTAssertEqual(code, ENOENT)
        }
    }
}
