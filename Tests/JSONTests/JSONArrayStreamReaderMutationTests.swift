import XCTest
import JSON

/// Damages a valid document at random and checks that the stream reader agrees with itself at
/// every chunk size and with `JSONParser` reading the whole document.
final class JSONArrayStreamReaderMutationTests: XCTestCase {
    private let document = Array(#"""
    [ {"organisasjonsnummer":"310000001","navn":"KVIKK \"SMIDIG\" OTER AS","tall":[1,-2.5e3,0,true,false,null]},
      "streng \\ med \u00e6\ud83d\ude00 og æøå", 12345678901234567890, -0, {"a":{"b":[[],{}]}}, [], {} ,
      {"tom":"","escape":"\/\b\f\n\r\t"} ]
    """#.utf8)

    private struct Outcome: Equatable {
        var values: [JSONValue]
        var offsets: [Int64]
        var error: JSONStreamError?
    }

    private func read(_ bytes: [UInt8], chunkSize: Int) -> Outcome {
        let (elements, error) = ChunkedInput.readAll(bytes, chunkSize: chunkSize)
        return Outcome(values: elements.map(\.value), offsets: elements.map(\.offset), error: error as? JSONStreamError)
    }

    private func mutate(_ bytes: [UInt8], using random: inout SplitMix) -> [UInt8] {
        var bytes = bytes
        let alphabet = Array(#"{}[]",:\ 0123456789-+.eEtrufalsn"#.utf8) + [0x0A, 0x00, 0xC3, 0xA6, 0xFF, 0x80]
        let position = random.next(below: bytes.count)
        switch random.next(below: 4) {
        case 0: bytes.remove(at: position)
        case 1: bytes.insert(alphabet[random.next(below: alphabet.count)], at: position)
        case 2: bytes[position] = alphabet[random.next(below: alphabet.count)]
        default: bytes.removeSubrange(position...)
        }
        return bytes
    }

    func test_reader_agreesAcrossChunkSizesAndWithWholeDocumentParser_whenDocumentIsDamaged() throws {
        var random = SplitMix(seed: 2024)
        var failures = 0
        var rejected = 0
        for round in 0..<1200 {
            let bytes = mutate(document, using: &random)
            let reference = read(bytes, chunkSize: bytes.count + 1)
            for size in [1, 2, 3, 7] where read(bytes, chunkSize: size) != reference {
                failures += 1
                XCTFail("round \(round), chunk size \(size): \(String(decoding: bytes, as: UTF8.self))")
            }
            do {
                let whole = try JSONValue.parse(bytes)
                if case .array(let items) = whole {
                    XCTAssertNil(reference.error, "round \(round)")
                    XCTAssertEqual(reference.values, items, "round \(round)")
                }
            } catch {
                guard let streamError = reference.error else {
                    XCTFail("round \(round): the reader accepted what the parser rejects: \(error)")
                    continue
                }
                rejected += 1
                if streamError.reason == .notAnArray { continue }
                if case .syntax(.nestingTooDeep) = streamError.reason { continue }
                XCTAssertEqual(streamError.offset, Int64(error.offset),
                               "round \(round): \(streamError) vs \(error) in \(String(decoding: bytes, as: UTF8.self))")
                XCTAssertEqual(streamError.reason, .syntax(error.reason), "round \(round)")
            }
            if failures > 5 { break }
        }
        XCTAssertGreaterThan(rejected, 600, "most mutations break the document")
    }
}

struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
