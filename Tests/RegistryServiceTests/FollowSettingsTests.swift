@testable import RegistryService
import XCTest

/// `--follow URL` and `FOLLOW_POLL_MS` (`registry.md` §1).
final class FollowSettingsTests: XCTestCase {
    func test_read_isNil_whenNotFollowing() throws {
        XCTAssertNil(try FollowSettings.read([:]))
    }

    func test_read_dropsTheTrailingSlash_andDefaultsThePollTo200ms() throws {
        let settings = try XCTUnwrap(try FollowSettings.read(["REGISTRY_FOLLOW": "https://primary.example:8081/"]))
        XCTAssertEqual(settings.primaryURL, "https://primary.example:8081")
        XCTAssertEqual(settings.pollInterval, .milliseconds(200))
        XCTAssertEqual(try FollowSettings.read(["REGISTRY_FOLLOW": "http://p/base", "FOLLOW_POLL_MS": "10"])?.pollInterval,
                       .milliseconds(10))
    }

    func test_read_throwsBadURL_whenNotAnAbsoluteHTTPURLWithoutQueryOrFragment() {
        for url in ["ftp://p", "p:8081", "/x", "http://", "http://p/?", "http://p/?a=1", "http://p#f", "http://p q", ""] {
            XCTAssertThrowsError(try FollowSettings.read(["REGISTRY_FOLLOW": url]), url) { error in
                XCTAssertEqual(error as? FollowSettingsError, .badURL(url))
            }
        }
    }

    func test_read_throwsBadPollInterval_whenOutside10To60000() {
        for value in ["9", "60001", "-1", "x", "200ms"] {
            XCTAssertThrowsError(try FollowSettings.read(["FOLLOW_POLL_MS": value]), value) { error in
                XCTAssertEqual(error as? FollowSettingsError, .badPollInterval(value))
            }
        }
    }
}
