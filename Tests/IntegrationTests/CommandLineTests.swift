import Foundation
import XCTest

/// Exit statuses of `spec/README.md` §Command line: 0 ok, 1 runtime failure, 2 usage error.
final class CommandLineTests: XCTestCase {
    let keys = TestKeys.shared

    private func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ToolRun.Result {
        try ToolRun.run(ServiceProcess.executable(name), arguments, environment: environment)
    }

    func test_help_printsUsageAndExitsZero() throws {
        for name in ServiceLifecycleTests.servicesWithDatabase + ["TokenGenerator"] {
            let result = try run(name, ["--help"])
            XCTAssertEqual(result.status, 0, name)
            XCTAssertTrue(result.stdout.contains("usage:"), name)
        }
    }

    func test_subcommandHelp_printsItsUsageAndExitsZero() throws {
        for subcommand in ["import", "generate"] {
            let result = try run("RegistryService", [subcommand, "--help"])
            XCTAssertEqual(result.status, 0, subcommand)
            XCTAssertTrue(result.stdout.contains("RegistryService \(subcommand)"), result.stdout)
        }
    }

    func test_unknownSubcommandOrFlag_exitsTwo() throws {
        XCTAssertEqual(try run("RequestService", ["frobnicate"]).status, 2)
        XCTAssertEqual(try run("RequestService", ["serve", "--verbose"]).status, 2)
        XCTAssertEqual(try run("RequestService", [], environment: ["PORT": "99999"]).status, 2)
    }

    func test_unreadableKeys_exitOne_withOneLineReason() throws {
        let directory = try TemporaryDirectory.make(prefix: "nokeys")
        let result = try run("ApprovalService", [], environment: [
            "PORT": "0", "DATABASE_PATH": directory.appendingPathComponent("a.sqlite").path,
            "JWKS_PATH": directory.appendingPathComponent("missing.json").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    func test_databaseNewerThanBuild_exitsOne() throws {
        let directory = try TemporaryDirectory.make(prefix: "newer")
        let path = directory.appendingPathComponent("r.sqlite").path
        XCTAssertEqual(try run("RegistryService", ["check-db"], environment: ["DATABASE_PATH": path]).status, 1,
                       "check-db on a missing file fails")
        let sqlite = try ToolRun.run(URL(fileURLWithPath: "/usr/bin/python3"),
                                     ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version=99'); c.commit()", path],
                                     environment: [:])
        try XCTSkipIf(sqlite.status != 0, "python3 with sqlite3 is needed to write the newer database")
        let result = try run("RegistryService", [], environment: [
            "PORT": "0", "DATABASE_PATH": path, "JWKS_PATH": keys.jwksPath, "PLATFORM_SIGNING_KEY": keys.privateKeyPath])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("99"), result.stderr)
    }

    func test_checkDB_exitsZeroForHealthyDatabase_andOneForGarbage() throws {
        let service = try ServiceProcess("RequestService", keys: keys)
        service.signal(SIGTERM)
        XCTAssertEqual(service.waitForExit(timeout: 10), 0)
        let path = service.directory.appendingPathComponent("service.sqlite").path
        let healthy = try run("RequestService", ["check-db", "--db", path])
        XCTAssertEqual(healthy.status, 0, healthy.stderr)
        XCTAssertEqual(healthy.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "ok")

        let garbage = service.directory.appendingPathComponent("garbage.sqlite").path
        try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: garbage))
        XCTAssertEqual(try run("RequestService", ["check-db"], environment: ["DATABASE_PATH": garbage]).status, 1)
    }

    func test_bindFailure_exitsOne() throws {
        let first = try ServiceProcess("RequestService", keys: keys)
        let directory = try TemporaryDirectory.make(prefix: "bind")
        let result = try run("ApprovalService", [], environment: [
            "PORT": String(first.port), "DATABASE_PATH": directory.appendingPathComponent("a.sqlite").path,
            "JWKS_PATH": keys.jwksPath, "PLATFORM_SIGNING_KEY": keys.privateKeyPath])
        XCTAssertEqual(result.status, 1)
    }
}
