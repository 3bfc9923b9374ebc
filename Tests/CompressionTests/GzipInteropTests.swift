import XCTest
import Compression

/// Our gzip against the system's `gzip` and `zcat`.
final class GzipInteropTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/sh"),
              (try? run("command -v gzip && command -v zcat")) != nil else {
            throw XCTSkip("gzip or zcat not installed")
        }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-interop-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// Runs `script` with `sh -c`; throws unless it exits 0.
    @discardableResult
    private func run(_ script: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return data
    }

    func test_zcat_readsOurOutput() throws {
        var data = TestData(seed: 21)
        let original = data.variedBytes(count: 1_000_000)
        let path = directory.appendingPathComponent("ours.gz").path
        let writer = try GzipWriter(file: try FileByteSink(path: path))
        try writer.write(original)
        try writer.finish()

        let restored = try run("zcat '\(path)'")
        XCTAssertTrue([UInt8](restored) == original)
        try run("gzip -t '\(path)'")
    }

    func test_reader_readsSystemGzipOutput_includingConcatenatedMembers() throws {
        var data = TestData(seed: 22)
        let first = data.variedBytes(count: 700_000)
        let second = data.variedBytes(count: 300_000)
        let firstPath = directory.appendingPathComponent("a").path
        let secondPath = directory.appendingPathComponent("b").path
        try Data(first).write(to: URL(fileURLWithPath: firstPath))
        try Data(second).write(to: URL(fileURLWithPath: secondPath))
        let joined = directory.appendingPathComponent("joined.gz").path
        try run("gzip -c '\(firstPath)' > '\(joined)' && gzip -9 -c '\(secondPath)' >> '\(joined)'")

        let reader = try GzipReader(path: joined, chunkSize: 10_000)
        var restored: [UInt8] = []
        while let chunk = try reader.next() { restored.append(contentsOf: chunk) }
        XCTAssertTrue(restored == first + second)
    }
}
