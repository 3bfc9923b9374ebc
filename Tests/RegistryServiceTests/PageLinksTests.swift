@testable import RegistryService
import XCTest

final class PageLinksTests: XCTestCase {
    private let base = "http://127.0.0.1:8081"
    private let path = "/enhetsregisteret/api/enheter"

    private func links(_ query: String?, page: Int, size: Int, total: Int) -> [String: String] {
        let links = PageLinks(publicURL: base, path: path, rawQuery: query,
                              request: PageRequest(page: page, size: size), totalElements: total)
        return Dictionary(uniqueKeysWithValues: links.links)
    }

    func test_links_matchSpecExample_whenFirstOfTwoPages() {
        let page = PageLinks(publicURL: base, path: path, rawQuery: "naeringskode=62.010&size=2",
                             request: PageRequest(page: 0, size: 2), totalElements: 3)
        XCTAssertEqual(page.links.map(\.0), ["first", "self", "next", "last"])
        let links = Dictionary(uniqueKeysWithValues: page.links)
        XCTAssertEqual(links["first"], base + path + "?naeringskode=62.010&page=0&size=2")
        XCTAssertEqual(links["self"], base + path + "?naeringskode=62.010&size=2")
        XCTAssertEqual(links["next"], base + path + "?naeringskode=62.010&page=1&size=2")
        XCTAssertEqual(links["last"], base + path + "?naeringskode=62.010&page=1&size=2")
    }

    func test_links_keepRawParametersInOrder_whenEncodedAndUnknown() {
        let links = links("navn=n%C3%A6r+ti&page=1&x=%2F&size=5&page=9", page: 1, size: 5, total: 30)
        XCTAssertEqual(links["self"], base + path + "?navn=n%C3%A6r+ti&page=1&x=%2F&size=5&page=9")
        XCTAssertEqual(links["prev"], base + path + "?navn=n%C3%A6r+ti&x=%2F&page=0&size=5")
        XCTAssertEqual(links["next"], base + path + "?navn=n%C3%A6r+ti&x=%2F&page=2&size=5")
        XCTAssertEqual(links["last"], base + path + "?navn=n%C3%A6r+ti&x=%2F&page=5&size=5")
    }

    func test_links_useDefaultSize_whenNoQuery() {
        let links = links(nil, page: 0, size: 20, total: 21)
        XCTAssertEqual(links["self"], base + path)
        XCTAssertEqual(links["first"], base + path + "?page=0&size=20")
        XCTAssertEqual(links["last"], base + path + "?page=1&size=20")
    }

    func test_links_onlySelf_whenEmpty() {
        XCTAssertEqual(Set(links("navn=x", page: 0, size: 20, total: 0).keys), ["self"])
    }

    func test_links_firstSelfLast_whenBeyondLastPage() {
        XCTAssertEqual(Set(links("page=7", page: 7, size: 20, total: 41).keys), ["first", "self", "last"])
    }

    func test_links_omitNext_whenNextPageBeyondDepth() {
        let links = links("page=4&size=2000", page: 4, size: 2000, total: 50_000)
        XCTAssertNil(links["next"])
        XCTAssertEqual(links["last"], base + path + "?page=24&size=2000")
        XCTAssertNotNil(links["prev"])
        XCTAssertNotNil(self.links("page=3&size=2000", page: 3, size: 2000, total: 50_000)["next"])
    }
}
