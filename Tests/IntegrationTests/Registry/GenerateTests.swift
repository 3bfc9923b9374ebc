import Foundation
import JSON
import XCTest

/// `RegistryService generate` (`registry.md` §7): counts, determinism and the command line.
final class GenerateTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> ToolRun.Result {
        try ToolRun.run(ServiceProcess.executable("RegistryService"), ["generate"] + arguments, environment: [:])
    }

    func test_generate_writesExactlyNEnheterAndHalfAsManyUnderenheter_whenUnitsIs2000() throws {
        let data = try GenerateFixture.standard.get()
        XCTAssertEqual(data.enheter.count, 2000)
        XCTAssertEqual(data.underenheter.count, 1000)
        XCTAssertEqual(data.summary["enheter"]?.intValue, 2000)
        XCTAssertEqual(data.summary["underenheter"]?.intValue, 1000)
        XCTAssertEqual(data.summary["roller"]?.intValue, Int64(data.roles.count))
        XCTAssertNotNil(data.summary["seconds"]?.doubleValue)
    }

    func test_generate_writesIdenticalBytes_whenRunTwiceWithTheSameArguments() throws {
        let first = try GenerateFixture.standard.get()
        let second = try GenerateFixture.repeated.get()
        for file in GenerateDataSet.fileNames {
            let bytes = try first.bytes(of: file)
            XCTAssertEqual(bytes, try second.bytes(of: file), file)
            // RFC 1952 header: magic, deflate, no FNAME flag, MTIME 0.
            XCTAssertEqual(Array(bytes.prefix(3)), [0x1f, 0x8b, 8], file)
            XCTAssertEqual(bytes[3] & 0x08, 0, "\(file) names no file")
            XCTAssertEqual(Array(bytes[4..<8]), [0, 0, 0, 0], "\(file) MTIME")
        }
    }

    func test_generate_honoursSubunitsAndSeed_whenGiven() throws {
        let seedOne = try GenerateDataSet.make(["--units", "60", "--subunits", "7", "--seed", "1"])
        let seedTwo = try GenerateDataSet.make(["--units", "60", "--subunits", "7", "--seed", "18446744073709551615"])
        XCTAssertEqual(seedOne.enheter.count, 60)
        XCTAssertEqual(seedOne.underenheter.count, 7)
        XCTAssertEqual(seedTwo.enheter.count, 60)
        XCTAssertEqual(seedTwo.underenheter.count, 7)
        XCTAssertNotEqual(try seedOne.bytes(of: "enheter.json.gz"), try seedTwo.bytes(of: "enheter.json.gz"))
        let none = try GenerateDataSet.make(["--units", "1", "--subunits", "0"])
        XCTAssertEqual(none.enheter.count, 1)
        XCTAssertEqual(none.underenheter.count, 0)
    }

    func test_generate_overwritesExistingFiles_whenDirectoryExists() throws {
        let directory = try TemporaryDirectory.make(prefix: "generate-existing")
        defer { try? FileManager.default.removeItem(at: directory) }
        let stale = directory.appendingPathComponent("enheter.json.gz")
        try Data(repeating: 0x41, count: 10_000_000).write(to: stale)
        let result = try run(["--units", "3", "--out", directory.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try GenerateDataSet.readArray(stale).count, 3)
    }

    func test_generate_exitsTwoWithOneLineReason_whenArgumentsAreBad() throws {
        let outURL = try TemporaryDirectory.make(prefix: "generate-usage")
        defer { try? FileManager.default.removeItem(at: outURL) }
        let out = outURL.path
        let cases: [[String]] = [
            ["--units", "0", "--out", out], ["--units", "x", "--out", out], ["--units", "2000"],
            ["--units", "10", "--out", out, "--frobnicate", "1"], ["--units", "5000001", "--out", out],
            ["--units", "-5", "--out", out], ["--units", "10", "--out", out, "--subunits", "5000001"],
            ["--units", "10", "--out", out, "--seed", "-1"],
            ["--units", "10", "--out", out, "--seed", "18446744073709551616"],
            ["--units", "10", "--out"], ["--units", "10", "--units", "11", "--out", out], ["--out", out], ["stray"],
        ]
        for arguments in cases {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            let lines = result.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.isEmpty, "\(arguments) prints no summary")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/enheter.json.gz"))
    }

    func test_generate_printsUsageAndExitsZero_whenAskedForHelp() throws {
        let result = try run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("generate --units N --out DIR"), result.stdout)
    }

    func test_generate_exitsOne_whenTheDirectoryCannotBeCreated() throws {
        let directory = try TemporaryDirectory.make(prefix: "generate-blocked")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let result = try run(["--units", "5", "--out", file.appendingPathComponent("sub").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }
}
