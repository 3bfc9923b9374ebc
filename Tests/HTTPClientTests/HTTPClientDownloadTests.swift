import Foundation
import HTTPClient
import XCTest

final class HTTPClientDownloadTests: HTTPClientTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("httpclient-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
        super.tearDown()
    }

    func test_download_streamsBodyToFile_whenPeerAnswers200() throws {
        let path = directory.appendingPathComponent("snapshot.bin").path
        let client = makeClient(tokenProvider: { "platform-token" })
        let result = try client.download(url("/download"), to: path)
        XCTAssertEqual(result.status, 200)
        XCTAssertEqual(result.bytesWritten, Int64(TestRoutes.downloadBody.count))
        XCTAssertEqual(result.headers["content-type"], "application/octet-stream")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(TestRoutes.downloadBody))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".partial"))
        XCTAssertEqual(server.requests.first?.header("Authorization"), "Bearer platform-token")
    }

    func test_download_leavesNoFile_whenPeerAnswers404() {
        let path = directory.appendingPathComponent("missing.bin").path
        let error = expectError { try makeClient().download(url("/status/404"), to: path) }
        XCTAssertEqual(error, .unexpectedStatus(peer: "registry", status: 404))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".partial"))
    }

    func test_download_retries_whenPeerAnswers500First() throws {
        let path = directory.appendingPathComponent("flaky.json").path
        try makeClient().download(url("/flaky"), to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), #"{"ok":true}"#)
        XCTAssertEqual(server.hits("/flaky"), 3)
    }

    func test_download_throwsFileFailed_whenDirectoryIsMissing() {
        let path = directory.appendingPathComponent("no/such/dir/file").path
        guard case .fileFailed = expectError({ try makeClient().download(url("/download"), to: path) }) else {
            return XCTFail("not fileFailed")
        }
    }
}
