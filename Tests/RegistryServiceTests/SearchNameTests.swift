@testable import RegistryService
import XCTest

final class SearchNameTests: XCTestCase {
    func test_words_upperCaseAndSplit_whenSeparatorsMixed() {
        XCTAssertEqual(SearchName.words("nær ti"), ["NÆR", "TI"])
        XCTAssertEqual(SearchName.words("a-b.c,d&e/f(g)h  i\tj"), ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"])
        XCTAssertEqual(SearchName.words("straße"), ["STRASSE"])
        XCTAssertEqual(SearchName.words("--"), [])
        XCTAssertEqual(SearchName.words("o'neil+co"), ["O'NEIL+CO"])
    }

    func test_indexedText_joinsWordsWithSingleSpaces() {
        XCTAssertEqual(SearchName.indexedText(" Diskret  nær-tiger (AS) ", kind: .enhet), "DISKRET NÆR TIGER AS .E")
        XCTAssertEqual(SearchName.indexedText("a/b", kind: .underenhet), "A B .U")
    }

    func test_matchExpression_quotesWordsAsPrefixPhrases() {
        XCTAssertEqual(SearchName.matchExpression(["NÆR", "A\"B"], kind: .enhet), "\".E\" \"NÆR\"* \"A\"\"B\"*")
    }
}
