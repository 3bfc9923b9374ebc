import Foundation
import SQLite
import XCTest

/// Gives each test its own temporary directory of real database files, removed afterwards.
class SQLiteTestCase: XCTestCase {
    private(set) var directory = URL(fileURLWithPath: "/nonexistent")
    private var openDatabases: [Database] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("SQLiteTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        for database in openDatabases { database.close() }
        openDatabases.removeAll()
        try? FileManager.default.removeItem(at: directory)
        try super.tearDownWithError()
    }

    func path(_ name: String = "test.sqlite") -> String {
        directory.appendingPathComponent(name).path
    }

    /// Opens a database that tearDown closes.
    func makeDatabase(
        _ name: String = "test.sqlite",
        configuration: Database.Configuration = .init(busyTimeout: .milliseconds(1000))
    ) throws -> Database {
        let database = try Database(path: path(name), configuration: configuration)
        openDatabases.append(database)
        return database
    }

    /// Asserts that `body` throws an `SQLiteError` and returns it.
    @discardableResult
    func assertSQLiteError<T>(_ body: @autoclosure () throws -> T,
                              file: StaticString = #filePath, line: UInt = #line) -> SQLiteError? {
        do {
            _ = try body()
            XCTFail("expected an SQLiteError, got success", file: file, line: line)
        } catch let error as SQLiteError {
            return error
        } catch {
            XCTFail("expected an SQLiteError, got \(error)", file: file, line: line)
        }
        return nil
    }
}
