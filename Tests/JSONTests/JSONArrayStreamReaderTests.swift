import XCTest
@testable import JSON

final class JSONArrayStreamReaderTests: XCTestCase {
    private static let chunkSizes = [1, 2, 3, 7, 4096]

    /// A document built from element texts, with the offset where each element starts.
    private func document(_ elements: [String], separator: String = ",\n  ") -> (bytes: [UInt8], offsets: [Int64]) {
        var bytes = Array(" [\n  ".utf8)
        var offsets: [Int64] = []
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes += Array(separator.utf8) }
            offsets.append(Int64(bytes.count))
            bytes += Array(element.utf8)
        }
        bytes += Array("\n]\n".utf8)
        return (bytes, offsets)
    }

    private let variedElements = [
        #"{"organisasjonsnummer":"310000001","navn":"KVIKK SMIDIG OTER AS","ansatte":12}"#,
        #"{"navn":"BRØNNØYSUND 😀","tekst":"a \"quoted\" \\ back\\slash \/ \u00e6\ud83d\ude00 [{,}]"}"#,
        #"{"nested":[[1,[2,{"deep":[]}]],{"x":{"y":{"z":null}}}],"empty":{},"list":[]}"#,
        "42", "-0.5e-3", "true", "false", "null", #""just a string with ] and }""#, #""""#,
        "[1,2,[3]]", "{}", "[]", #"{"end\\":"\\"}"#, "12345678901234567890",
    ]

    // MARK: elements, indices, offsets

    func test_next_yieldsEveryElementWithIndexAndOffset_atEveryChunkSize() throws {
        let (bytes, offsets) = document(variedElements)
        let expected = try variedElements.map { try JSONValue.parse($0) }
        for size in Self.chunkSizes {
            let (elements, error) = ChunkedInput.readAll(bytes, chunkSize: size)
            XCTAssertNil(error, "chunk size \(size)")
            XCTAssertEqual(elements.map(\.value), expected, "chunk size \(size)")
            XCTAssertEqual(elements.map(\.index), Array(0..<expected.count))
            XCTAssertEqual(elements.map(\.offset), offsets, "chunk size \(size)")
        }
    }

    func test_next_yieldsSameElements_whenSplitInTwoAtEveryPosition() throws {
        let (bytes, offsets) = document(variedElements, separator: ",")
        let expected = try variedElements.map { try JSONValue.parse($0) }
        for split in 0...bytes.count {
            var reader = JSONArrayStreamReader(source: ChunkedInput.source(pieces: [bytes[..<split], bytes[split...]]))
            let (elements, error) = ChunkedInput.readAll(&reader)
            XCTAssertNil(error, "split at \(split)")
            XCTAssertEqual(elements.map(\.value), expected, "split at \(split)")
            XCTAssertEqual(elements.map(\.offset), offsets, "split at \(split)")
        }
    }

    func test_next_skipsEmptyChunks() throws {
        let pieces: [ArraySlice<UInt8>] = [[], Array("[1,".utf8)[...], [], [], Array("2]".utf8)[...], []]
        var reader = JSONArrayStreamReader(source: ChunkedInput.source(pieces: pieces))
        let (elements, error) = ChunkedInput.readAll(&reader)
        XCTAssertNil(error)
        XCTAssertEqual(elements.map(\.value), [1, 2])
        XCTAssertEqual(elements.map(\.offset), [1, 3])
    }

    func test_next_returnsNil_whenArrayIsEmpty() throws {
        for text in ["[]", " \n[ \t\r\n ] \n"] {
            for size in Self.chunkSizes {
                var reader = JSONArrayStreamReader(source: ChunkedInput.source(Array(text.utf8), chunkSize: size))
                XCTAssertNil(try reader.next())
                XCTAssertNil(try reader.next(), "the end stays the end")
                XCTAssertEqual(reader.offset, Int64(text.utf8.count))
            }
        }
    }

    // MARK: fatal errors

    private func assertFatal(_ text: String, _ reason: JSONStreamError.Reason, at offset: Int64,
                             afterElements count: Int, file: StaticString = #filePath, line: UInt = #line) {
        assertFatal(Array(text.utf8), reason, at: offset, afterElements: count, file: file, line: line)
    }

    private func assertFatal(_ bytes: [UInt8], _ reason: JSONStreamError.Reason, at offset: Int64,
                             afterElements count: Int, file: StaticString = #filePath, line: UInt = #line) {
        for size in Self.chunkSizes {
            let (elements, error) = ChunkedInput.readAll(bytes, chunkSize: size)
            XCTAssertEqual(elements.count, count, "chunk size \(size)", file: file, line: line)
            XCTAssertEqual(error as? JSONStreamError, JSONStreamError(reason, offset: offset),
                           "chunk size \(size)", file: file, line: line)
        }
    }

    func test_next_throwsNotAnArray_whenTopLevelValueIsNotAnArray() {
        assertFatal(#"{"a":[1]}"#, .notAnArray, at: 0, afterElements: 0)
        assertFatal("  1", .notAnArray, at: 2, afterElements: 0)
        assertFatal(#""[1]""#, .notAnArray, at: 0, afterElements: 0)
    }

    func test_next_throwsUnexpectedEnd_whenInputIsEmpty() {
        assertFatal("", .syntax(.unexpectedEnd), at: 0, afterElements: 0)
        assertFatal(" \n ", .syntax(.unexpectedEnd), at: 3, afterElements: 0)
    }

    func test_next_throwsUnexpectedEndAtEndOfInput_whenArrayIsTruncated() {
        let whole = #"[{"a":1},{"b":[2,"x\"y"]},{"c":3}]"#
        for cut in 1..<whole.utf8.count {
            let bytes = Array(whole.utf8.prefix(cut))
            for size in Self.chunkSizes {
                let (_, error) = ChunkedInput.readAll(bytes, chunkSize: size)
                XCTAssertEqual(error as? JSONStreamError, JSONStreamError(.syntax(.unexpectedEnd), offset: Int64(cut)),
                               "cut at \(cut), chunk size \(size)")
            }
        }
        assertFatal(#"[{"a":1},{"b":"#, .syntax(.unexpectedEnd), at: 14, afterElements: 1)
        assertFatal("[1,", .syntax(.unexpectedEnd), at: 3, afterElements: 1)
        assertFatal("[1", .syntax(.unexpectedEnd), at: 2, afterElements: 1)
    }

    func test_next_throwsAtTheBadByte_whenElementContainsGarbage() {
        assertFatal(#"[{"a":1},{"b":tru},{"c":3}]"#, .syntax(.invalidLiteral), at: 14, afterElements: 1)
        assertFatal(#"[{"a":1 "b":2}]"#, .syntax(.expectedCommaOrBrace), at: 8, afterElements: 0)
        assertFatal(#"[{"a":[1}]}]"#, .syntax(.expectedCommaOrBracket), at: 8, afterElements: 0)
        assertFatal(#"[{"a":01}]"#, .syntax(.leadingZero), at: 6, afterElements: 0)
        assertFatal("[{\"a\":\"x\ny\"}]", .syntax(.controlCharacterInString), at: 8, afterElements: 0)
        assertFatal(#"[1,{"a":"\ud800"}]"#, .syntax(.loneSurrogate), at: 9, afterElements: 1)
        assertFatal("[1,{'a':2}]", .syntax(.expectedMemberName), at: 4, afterElements: 1)
        assertFatal("[NaN]", .syntax(.expectedValue), at: 1, afterElements: 0)
        assertFatal("[1,2x]", .syntax(.expectedCommaOrBracket), at: 4, afterElements: 1)
        assertFatal("[1,truex]", .syntax(.expectedCommaOrBracket), at: 7, afterElements: 1)
        assertFatal("[1,-]", .syntax(.invalidNumber), at: 4, afterElements: 1)
    }

    func test_next_reportsTheFirstBadByte_whenQuoteIsMissingAndElementRunsToTheEnd() {
        // The scanner pairs the wrong quotes and never finds the end; the parser then finds the error.
        assertFatal(#"[{"a":"b},{"c":1},{"d":2}]"#, .syntax(.expectedCommaOrBrace), at: 12, afterElements: 0)
    }

    func test_next_throwsInvalidUTF8_atTheBadByte() {
        var bytes = Array(#"[{"a":"ok"},{"navn":"BR"#.utf8)
        let badOffset = Int64(bytes.count)
        bytes += [0xC3, 0x28] + Array(#""}]"#.utf8)
        assertFatal(bytes, .syntax(.invalidUTF8), at: badOffset, afterElements: 1)
        assertFatal([UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")], .syntax(.expectedValue), at: 1, afterElements: 0)
    }

    func test_next_throwsSyntaxErrors_betweenElements() {
        assertFatal("[1 2]", .syntax(.expectedCommaOrBracket), at: 3, afterElements: 1)
        assertFatal("[1,]", .syntax(.expectedValue), at: 3, afterElements: 1)
        assertFatal("[,1]", .syntax(.expectedValue), at: 1, afterElements: 0)
        assertFatal("[1,,2]", .syntax(.expectedValue), at: 3, afterElements: 1)
        assertFatal("[1:2]", .syntax(.expectedCommaOrBracket), at: 2, afterElements: 1)
        assertFatal("[1}", .syntax(.expectedCommaOrBracket), at: 2, afterElements: 1)
        assertFatal("[{}{}]", .syntax(.expectedCommaOrBracket), at: 3, afterElements: 1)
    }

    func test_next_throwsTrailingContent_afterTheArray() {
        assertFatal("[1,2] x", .syntax(.trailingContent), at: 6, afterElements: 2)
        assertFatal("[][]", .syntax(.trailingContent), at: 2, afterElements: 0)
        assertFatal("[1]\n]", .syntax(.trailingContent), at: 4, afterElements: 1)
    }

    func test_next_throwsElementTooLarge_whenElementExceedsLimit() {
        let big = "{\"navn\":\"" + String(repeating: "x", count: 200) + "\"}"
        let text = "[1," + big + ",2]"
        for size in Self.chunkSizes {
            let (elements, error) = ChunkedInput.readAll(Array(text.utf8), chunkSize: size, maxElementBytes: 100)
            XCTAssertEqual(elements.map(\.value), [1], "chunk size \(size)")
            XCTAssertEqual(error as? JSONStreamError, JSONStreamError(.elementTooLarge(limit: 100), offset: 3))
        }
        let (elements, error) = ChunkedInput.readAll(Array(text.utf8), chunkSize: 7, maxElementBytes: big.utf8.count)
        XCTAssertNil(error)
        XCTAssertEqual(elements.count, 3)
    }

    func test_next_keepsThrowingTheSameError_afterFatalError() {
        var reader = JSONArrayStreamReader(source: ChunkedInput.source(Array("[1,x,2]".utf8), chunkSize: 2))
        XCTAssertEqual(try reader.next()?.value, 1)
        XCTAssertThrowsError(try reader.next())
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(error as? JSONStreamError, JSONStreamError(.syntax(.expectedValue), offset: 3))
        }
    }

    func test_next_passesSourceErrorsThrough() {
        struct Unreadable: Error, Equatable {}
        var calls = 0
        var reader = JSONArrayStreamReader {
            calls += 1
            if calls == 1 { return Array("[1,".utf8)[...] }
            throw Unreadable()
        }
        XCTAssertEqual(try reader.next()?.value, 1)
        XCTAssertThrowsError(try reader.next()) { XCTAssertEqual($0 as? Unreadable, Unreadable()) }
    }

    func test_next_appliesParserDepthLimitPerElement() {
        let text = "[[[1]],[[[2]]]]"
        var reader = JSONArrayStreamReader(parser: JSONParser(maxDepth: 2),
                                           source: ChunkedInput.source(Array(text.utf8), chunkSize: 3))
        XCTAssertEqual(try reader.next()?.value, [[1]])
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(error as? JSONStreamError, JSONStreamError(.syntax(.nestingTooDeep(limit: 2)), offset: 9))
        }
    }

    // MARK: bounded memory

    func test_next_keepsMemoryBounded_whenStreamingManyElements() throws {
        var generator = GeneratedArray(count: 200_000, chunkSize: 4096, shape: .compact)
        var reader = JSONArrayStreamReader { generator.nextChunk() }
        var count = 0
        var maxRetained = 0
        while let element = try reader.next() {
            XCTAssertEqual(element.index, count)
            if count % 997 == 0 {
                XCTAssertEqual(element.offset, generator.offset(ofElement: count))
                XCTAssertEqual(element.value["n"], .int(Int64(count)))
                maxRetained = max(maxRetained, reader.retainedCapacity)
            }
            count += 1
        }
        XCTAssertEqual(count, 200_000)
        XCTAssertLessThanOrEqual(maxRetained, 4096, "the reader keeps no more than about one element")
        XCTAssertGreaterThan(generator.bytesProduced, 4_000_000)
    }

    func test_next_releasesItsBuffer_afterAnElementOverOneMegabyte() throws {
        let big = "{\"tekst\":\"" + String(repeating: "æ", count: 600_000) + "\"}"
        let bytes = Array(("[" + big + ",{\"n\":1},{\"n\":2}]").utf8)
        var reader = JSONArrayStreamReader(source: ChunkedInput.source(bytes, chunkSize: 64 * 1024))
        XCTAssertEqual(try reader.next()?.value["tekst"]?.stringValue?.count, 600_000)
        XCTAssertEqual(try reader.next()?.value["n"], 1)
        XCTAssertLessThan(reader.retainedCapacity, 1 << 20)
        XCTAssertEqual(try reader.next()?.offset, Int64(big.utf8.count + 10))
        XCTAssertNil(try reader.next())
    }

    func test_throughput_printsMegabytesPerSecond() throws {
        var generator = GeneratedArray(count: 30_000, chunkSize: 256 * 1024)
        var reader = JSONArrayStreamReader { generator.nextChunk() }
        let start = ContinuousClock.now
        var count = 0
        while try reader.next() != nil { count += 1 }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let megabytes = Double(generator.bytesProduced) / 1_000_000
        print("JSONArrayStreamReader: \(count) elements, \(megabytes) MB in \(seconds) s, "
              + "\(Int(megabytes / seconds)) MB/s (including generation; debug builds are much slower)")
        XCTAssertEqual(count, 30_000)
    }
}
