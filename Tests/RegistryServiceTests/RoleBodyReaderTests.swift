@testable import RegistryService
import HTTPServer
import JSON
import XCTest

/// `RoleBodyReader` (§5.4) on holders given as `null`.
final class RoleBodyReaderTests: XCTestCase {
    private let reader = RoleBodyReader(isEnhet: { _ in true })

    func test_holderGivenAsNull_isAbsent_soTheOtherHolderStands() throws {
        let body = try JSONParser().parse(Array(#"""
            {"roller":[{"type":"REVI","person":null,"enhet":{"organisasjonsnummer":"314250052"}},
                       {"type":"DAGL","person":{"navn":{"fornavn":"A","etternavn":"B"}},"enhet":null}]}
            """#.utf8))
        let records = try reader.read(body)
        XCTAssertEqual(records.map(\.type), ["REVI", "DAGL"])
        XCTAssertEqual(records.first?.holderKey, "314250052")
    }

    func test_bothHoldersNull_isRefusedAsNotExactlyOne() throws {
        let body = try JSONParser().parse(Array(#"{"roller":[{"type":"DAGL","person":null,"enhet":null}]}"#.utf8))
        XCTAssertThrowsError(try reader.read(body)) { error in
            XCTAssertEqual(Self.paths(error), ["/roller/0"])
        }
    }

    func test_navnGivenAsNull_isMissingNames() throws {
        let body = try JSONParser().parse(Array(#"{"roller":[{"type":"DAGL","person":{"navn":null}}]}"#.utf8))
        XCTAssertThrowsError(try reader.read(body)) { error in
            XCTAssertEqual(Self.paths(error), ["/roller/0/person/navn/fornavn", "/roller/0/person/navn/etternavn"])
        }
    }

    /// The paths of a validation problem's failures, in order.
    private static func paths(_ error: any Error) -> [String] {
        let problem = error as? ProblemDetails
        let failures = problem?.extensions.first { $0.0 == "validationErrors" }?.1.arrayValue ?? []
        return failures.flatMap { failure -> [String] in
            (failure["paths"]?.arrayValue ?? []).compactMap(\.stringValue)
        }
    }
}
