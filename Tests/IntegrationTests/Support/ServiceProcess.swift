import Foundation
import XCTest

/// A real service executable started for a test: `PORT=0`, its own temporary data directory, and its
/// address read from the `listening on <URL>` line (`spec/README.md` §Command line).
final class ServiceProcess: @unchecked Sendable {
    let name: String
    let process = Process()
    let baseURL: String
    let directory: URL
    private let output: LineCollector
    private let errors: LineCollector

    /// Where `swift build` put the executables: beside the test bundle.
    static var binDirectory: URL {
        var url = Bundle(for: ServiceProcess.self).bundleURL
        if url.pathExtension == "xctest" { url.deleteLastPathComponent() }
        return url
    }

    static func executable(_ name: String) -> URL { binDirectory.appendingPathComponent(name) }

    /// Starts `name` with `environment` on top of the test defaults, and waits for its `listening on` line.
    init(_ name: String, keys: TestKeys, arguments: [String] = [], environment: [String: String] = [:],
         directory: URL? = nil, timeout: TimeInterval = 20) throws {
        self.name = name
        self.directory = try directory ?? TemporaryDirectory.make(prefix: name)
        var env = ProcessInfo.processInfo.environment
        env["PORT"] = "0"
        env["HOST"] = "127.0.0.1"
        env["DATABASE_PATH"] = self.directory.appendingPathComponent("service.sqlite").path
        env["JWKS_PATH"] = keys.jwksPath
        env["PLATFORM_SIGNING_KEY"] = keys.privateKeyPath
        env["KEY_DIR"] = keys.directory.path
        env["LOG_LEVEL"] = "warning"
        env["SHUTDOWN_GRACE_SECONDS"] = "0"
        for (key, value) in environment { env[key] = value }
        process.executableURL = Self.executable(name)
        process.arguments = arguments
        process.environment = env
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        output = LineCollector(stdout.fileHandleForReading)
        errors = LineCollector(stderr.fileHandleForReading)
        try process.run()
        guard let line = output.waitForLine(prefix: "listening on ", timeout: timeout) else {
            process.terminate()
            throw ServiceProcessError.didNotStart(name: name, stderr: errors.text)
        }
        baseURL = String(line.dropFirst("listening on ".count))
    }

    var port: UInt16 { UInt16(baseURL.split(separator: ":").last.map(String.init) ?? "") ?? 0 }
    var stderrText: String { errors.text }
    var stdoutLines: [String] { output.lines }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits for the process to exit and returns its status, or nil on timeout.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        if waitForExit(timeout: 5) == nil { kill(process.processIdentifier, SIGKILL) }
    }

    deinit { stop() }
}

enum ServiceProcessError: Error, CustomStringConvertible {
    case didNotStart(name: String, stderr: String)

    var description: String {
        switch self {
        case let .didNotStart(name, stderr): return "\(name) did not print 'listening on':\n\(stderr)"
        }
    }
}

/// Collects a pipe's lines on a background thread.
final class LineCollector: @unchecked Sendable {
    private let lock = NSCondition()
    private var buffer = Data()
    private(set) var lines: [String] {
        get { lock.lock(); defer { lock.unlock() }; return storedLines }
        set { storedLines = newValue }
    }
    private var storedLines: [String] = []

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let data = handle.availableData
                lock.lock()
                if data.isEmpty { lock.broadcast(); lock.unlock(); return }
                buffer.append(data)
                while let newline = buffer.firstIndex(of: 0x0A) {
                    storedLines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                    buffer.removeSubrange(buffer.startIndex...newline)
                }
                lock.broadcast()
                lock.unlock()
            }
        }
    }

    var text: String { lines.joined(separator: "\n") }

    func waitForLine(prefix: String, timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let line = storedLines.first(where: { $0.hasPrefix(prefix) }) { return line }
            if !lock.wait(until: deadline) { return nil }
        }
    }
}

enum TemporaryDirectory {
    static func make(prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// One key pair per test run, written by the real `TokenGenerator keygen`.
final class TestKeys: @unchecked Sendable {
    let directory: URL
    var privateKeyPath: String { directory.appendingPathComponent("private.pem").path }
    var jwksPath: String { directory.appendingPathComponent("jwks.json").path }

    static let shared: TestKeys = {
        do { return try TestKeys() } catch { fatalError("keygen failed: \(error)") }
    }()

    private init() throws {
        directory = try TemporaryDirectory.make(prefix: "keys")
        let status = try ToolRun.run(ServiceProcess.executable("TokenGenerator"),
                                     ["keygen", "--out", directory.path], environment: [:]).status
        guard status == 0 else { throw ServiceProcessError.didNotStart(name: "TokenGenerator keygen", stderr: "") }
    }

    /// A token from the offline `TokenGenerator token ...` command.
    func token(_ arguments: [String]) throws -> String {
        let result = try ToolRun.run(ServiceProcess.executable("TokenGenerator"), ["token"] + arguments,
                                     environment: ["KEY_DIR": directory.path])
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func platformToken(app: String = "tests") throws -> String { try token(["platform", "--app", app]) }
}

/// Runs a command to completion.
enum ToolRun {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}
