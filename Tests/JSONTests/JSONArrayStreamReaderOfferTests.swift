import JSON
import XCTest

/// `next(offering:)` must yield the same elements, indices and offsets as `next()`, and stop with the
/// same error at the same offset, whether the caller's fast path takes an element or declines it, and
/// wherever the chunks split the stream.
final class JSONArrayStreamReaderOfferTests: XCTestCase {
    private static let taken = Array(#"{"ok":1}"#.utf8)

    /// Takes exactly the element `{"ok":1}` when it lies whole in the bytes offered.
    private static func accept(_ bytes: UnsafeRawBufferPointer) -> (String, length: Int)? {
        guard bytes.count >= taken.count, bytes.prefix(taken.count).elementsEqual(taken) else { return nil }
        return ("taken", taken.count)
    }

    private static let documents = [
        #" [ {"ok":1} , {"ok":2},{"ok":1},"x",[{"ok":1}],{"ok":1}] "#,
        #"[{"ok":1}]"#, "[]", #"[{"ok":1},{"ok":1} ,{"ok":1}]"#,
    ]
    private static let broken = [
        #"[{"ok":1} {"ok":1}]"#, #"[{"ok":1},]"#, #"[{"ok":1}"#, #"[{"ok":1},{"bad":}]"#, #"[{"ok":1}]x"#,
        #"[{"ok":1},{"ok":1}x]"#, #"{"ok":1}"#, #"[{"ok":1},{"ok":1"#,
    ]

    func test_offering_givesTheElementsOfNext_atEverySplit() throws {
        var takenCount = 0
        for text in Self.documents + Self.broken {
            let bytes = Array(text.utf8)
            for split in 0...bytes.count {
                let pieces = [bytes[..<split], bytes[split...]]
                var plain = JSONArrayStreamReader(source: ChunkedInput.source(pieces: pieces))
                let expected = ChunkedInput.readAll(&plain)
                var offering = JSONArrayStreamReader(source: ChunkedInput.source(pieces: pieces))
                var elements: [JSONArrayElement] = []
                var failure: (any Error)?
                do {
                    while let item = try offering.next(offering: Self.accept) {
                        switch item {
                        case .accepted(_, let index, let offset):
                            takenCount += 1
                            elements.append(JSONArrayElement(value: ["ok": 1], index: index, offset: offset))
                        case .parsed(let element):
                            elements.append(element)
                        }
                    }
                } catch {
                    failure = error
                }
                XCTAssertEqual(elements, expected.elements, "\(text) split at \(split)")
                XCTAssertEqual(failure as? JSONStreamError, expected.error as? JSONStreamError, "\(text) split at \(split)")
                XCTAssertEqual(failure == nil, expected.error == nil, "\(text) split at \(split)")
            }
        }
        XCTAssertGreaterThan(takenCount, 100, "the fast path took elements")
    }

    func test_offering_parsesTheElement_whenTheFastPathDeclines() throws {
        var reader = JSONArrayStreamReader(source: ChunkedInput.source(Array(#"[{"ok":2},{"ok":1}]"#.utf8), chunkSize: 64))
        guard case .parsed(let first)? = try reader.next(offering: Self.accept) else { return XCTFail("parsed") }
        XCTAssertEqual(first, JSONArrayElement(value: ["ok": 2], index: 0, offset: 1))
        guard case .accepted("taken", 1, 10)? = try reader.next(offering: Self.accept) else { return XCTFail("taken") }
        XCTAssertNil(try reader.next(offering: Self.accept))
    }
}
