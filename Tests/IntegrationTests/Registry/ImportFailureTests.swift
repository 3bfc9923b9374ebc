import Foundation
import JSON
import XCTest

/// `import` (`registry.md` §6): usage errors, fatal inputs that leave the live database untouched,
/// the lock, and `--resume`.
final class ImportFailureTests: XCTestCase {
    typealias F = ImportFixture

    func test_import_exitsTwo_whenArgumentsAreBad() throws {
        let fixture = try ImportFixture()
        let file = try fixture.write("e.json", [F.enhet(RegistryTestNumbers.next())], gzip: false)
        for arguments in [["--enheter", file, "--batch", "0"], ["--enheter", file, "--batch", "1000001"],
                          ["--enheter", file, "--batch", "x"], [], ["--enheter", file, "--bogus"], ["--enheter"]] {
            let result = try fixture.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.databasePath))
    }

    func test_import_leavesLiveDatabaseByteIdentical_whenInputIsBroken() throws {
        let fixture = try ImportFixture()
        let good = try fixture.write("good.json.gz", [F.enhet(RegistryTestNumbers.next())])
        XCTAssertEqual(try fixture.run(["--enheter", good]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.databasePath))
        let valid = JSONValue.array([F.enhet(RegistryTestNumbers.next()), F.enhet(RegistryTestNumbers.next())]).encoded()
        let gzipped = try F.gzip(valid)
        let broken: [(String, [UInt8], Bool)] = [
            ("syntax.json", Array(valid.dropLast()) + Array(",{\"a\":}]".utf8), false),
            ("truncated.json.gz", Array(gzipped.prefix(gzipped.count - 12)), false),
            ("corrupt.json.gz", Array(gzipped.prefix(12)) + [UInt8](repeating: 0xff, count: 40), false),
            ("utf8.json", Array("[{\"navn\":\"".utf8) + [0xc3, 0x28] + Array("\"}]".utf8), false),
        ]
        for (name, bytes, gzip) in broken {
            let path = try fixture.write(name, raw: bytes, gzip: gzip)
            let result = try fixture.run(["--enheter", good, "--roller", path])
            XCTAssertEqual(result.status, 1, name)
            XCTAssertEqual(result.stdout, "", name)
            let message = result.stderrJSON.last?["message"]?.stringValue ?? ""
            XCTAssertTrue(message.contains(path) && message.contains("byte"), "\(name): \(message)")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: fixture.databasePath)), before, name)
            XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.databasePath + ".import"), name)
        }
        let missing = try fixture.run(["--enheter", fixture.path("nothing-here.json")])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: fixture.databasePath)), before)
    }

    func test_import_exitsTwo_whenResumingFromOtherInputs() throws {
        let fixture = try ImportFixture()
        let number = RegistryTestNumbers.next()
        let raw = Array(JSONValue.array([F.enhet(number)]).encoded().dropLast()) + Array(",{".utf8)
        let file = try fixture.write("e.json", raw: raw, gzip: false)
        XCTAssertEqual(try fixture.run(["--enheter", file, "--batch", "1"]).status, 1)
        try fixture.write("e.json", [F.enhet(number)], gzip: false)
        let resumed = try fixture.run(["--enheter", file, "--resume"])
        XCTAssertEqual(resumed.status, 2, resumed.stderr)
        let fresh = try fixture.run(["--enheter", file])
        XCTAssertEqual(fresh.status, 0, fresh.stderr)
        XCTAssertEqual(fresh.count("enheter", "imported"), 1)
    }

    func test_import_resumesFromCheckpoint_andCompletes_afterAnInterruptedRun() throws {
        let fixture = try ImportFixture()
        let numbers = (0..<5).map { _ in RegistryTestNumbers.next() }
        let enheter = try fixture.write("e.json.gz", numbers.map { F.enhet($0) } + [42])
        let roller = fixture.path("roller.fifo")
        XCTAssertEqual(mkfifo(roller, 0o644), 0)
        let first = try Self.start(fixture, ["--enheter", enheter, "--roller", roller, "--batch", "2"])
        // The enheter are committed; the run now waits on the roles pipe. Killing it interrupts the import.
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(first.isRunning)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.databasePath))

        Self.feed(roller, JSONValue.array([F.roles(numbers[0], [("DAGL", nil, [
            F.person("DAGL", fodselsnummer: "12838148288", fornavn: "DRESS", etternavn: "MINST")])])]).encoded())
        let resumed = try fixture.run(["--enheter", enheter, "--roller", roller, "--batch", "2", "--resume"])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertEqual(resumed.summary?["files"]?["enheter"], ["records": 6, "imported": 5, "rejected": 1, "warnings": 0])
        XCTAssertEqual(resumed.count("roller", "imported"), 1)
        XCTAssertTrue(resumed.rejects.isEmpty, "enheter were not read again: \(resumed.stderr)")
    }

    func test_import_resumesWithinAFile_andStillRejectsRepeats_afterBeingKilled() throws {
        let fixture = try ImportFixture()
        let numbers = (0..<3000).map { _ in RegistryTestNumbers.next() }
        let enheter = try fixture.write("e.json.gz", numbers.map { F.enhet($0) } + [F.enhet(numbers[0])])
        let first = try Self.start(fixture, ["--enheter", enheter, "--batch", "1"])
        Thread.sleep(forTimeInterval: 0.4)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        // Wherever the kill landed, the resumed run ends with every record counted once.
        let resumed = try fixture.run(["--enheter", enheter, "--batch", "1", "--resume"])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertEqual(resumed.summary?["files"]?["enheter"],
                       ["records": 3001, "imported": 3000, "rejected": 1, "warnings": 0])
        XCTAssertEqual(resumed.rejects.map { $0["record"] }, [3000])
    }

    func test_import_exitsOne_whenAnotherImportHoldsTheLock() throws {
        let fixture = try ImportFixture()
        let fifo = fixture.path("enheter.fifo")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let first = try Self.start(fixture, ["--enheter", fifo])
        defer { if first.isRunning { kill(first.processIdentifier, SIGKILL) } }
        Thread.sleep(forTimeInterval: 0.5)
        let file = try fixture.write("e.json", [F.enhet(RegistryTestNumbers.next())], gzip: false)
        let second = try fixture.run(["--enheter", file])
        XCTAssertEqual(second.status, 1, second.stderr)
        XCTAssertEqual(second.stdout, "")
        Self.feed(fifo, JSONValue.array([F.enhet(RegistryTestNumbers.next())]).encoded())
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
    }

    /// Starts an import without waiting for it.
    static func start(_ fixture: ImportFixture, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = ServiceProcess.executable("RegistryService")
        process.arguments = ["import"] + arguments + ["--db", fixture.databasePath]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Writes `bytes` into a named pipe from another thread (opening it blocks until a reader comes).
    static func feed(_ fifo: String, _ bytes: [UInt8]) {
        Thread.detachNewThread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data(bytes))
            try? handle.close()
        }
    }
}
