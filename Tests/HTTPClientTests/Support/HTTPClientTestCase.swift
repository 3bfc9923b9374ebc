import HTTPClient
import XCTest

/// Starts a `TestHTTPServer` with the standard routes per test and stops it afterwards.
class HTTPClientTestCase: XCTestCase {
    private(set) var server: TestHTTPServer!

    override func setUpWithError() throws {
        server = try TestHTTPServer(handler: TestRoutes.standard)
    }

    override func tearDown() {
        server.stop()
        server = nil
    }

    func url(_ path: String) -> String {
        server.baseURL + path
    }

    /// A client with a short attempt timeout, so failure tests stay fast.
    func makeClient(
        attemptTimeout: Duration = .seconds(2), connectTimeout: Duration = .seconds(1),
        tokenProvider: (@Sendable () throws -> String)? = nil
    ) -> HTTPClient {
        HTTPClient(
            peer: "registry",
            configuration: .init(connectTimeout: connectTimeout, attemptTimeout: attemptTimeout),
            tokenProvider: tokenProvider)
    }

    /// Runs `body` and returns the `HTTPClientError` it threw, failing the test when it threw none.
    func expectError<T>(
        file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
    ) -> HTTPClientError? {
        do {
            let value = try body()
            XCTFail("expected an error, got \(value)", file: file, line: line)
        } catch let error as HTTPClientError {
            return error
        } catch {
            XCTFail("expected an HTTPClientError, got \(error)", file: file, line: line)
        }
        return nil
    }
}
