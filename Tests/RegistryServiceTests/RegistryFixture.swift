import Foundation
@testable import RegistryService
import JSON
import Scenario
import ServiceKit
import SQLite
import XCTest

/// A temporary Registry database written only through the canonical writers (`UnitWriter`,
/// `UnitDeletion`, `ChangeLog`), so its rows are exactly what the service's own writes store.
final class RegistryFixture {
    let directory: URL
    let database: Database
    private let rendering = UnitRendering(publicURL: "http://127.0.0.1:8081")
    private let actor = AuditActor.platform(app: "registry-fixture")

    /// - Parameter migrations: a prefix of `RegistryMigrations.all`, for a database of an older schema.
    init(migrations: [Migration] = RegistryMigrations.all) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try Database.open(path: directory.appendingPathComponent("registry.sqlite").path,
                                     migrator: Migrator(migrations))
    }

    var path: String { directory.appendingPathComponent("registry.sqlite").path }

    deinit {
        database.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes each unit as `PUT /internal/enheter|underenheter/{orgnr}` would, in one transaction.
    func put(_ units: [FixtureUnit]) throws {
        try database.write { connection in
            for unit in units { try put(connection, unit.orgnr, kind: unit.kind, body: unit.body) }
        }
    }

    /// The units of `scenario.md` §2 (roles aside), written and deleted as the scenario loader does.
    func loadScenario() throws {
        try database.write { connection in
            for unit in RegistryScenario.units {
                try put(connection, unit.organisasjonsnummer, kind: .enhet, body: RegistryScenario.body(unit))
            }
            try put(connection, RegistryScenario.diskretNaerTigerUnderenhet, kind: .underenhet,
                    body: RegistryScenario.underenhetBody)
        }
        try delete(RegistryScenario.gammelGlemtUlv, mode: .slett, dato: RegistryScenario.deletedOn)
        try delete(RegistryScenario.fjernetHemmeligRav, mode: .fjern, dato: RegistryScenario.removedOn)
    }

    /// `DELETE /internal/enheter|underenheter/{orgnr}?mode=&dato=`.
    func delete(_ orgnr: String, kind: OrganisationForm.UnitKind = .enhet, mode: UnitDeletion.Mode,
                dato: String = "2026-11-23") throws {
        let deletion = UnitDeletion(kind: kind, mode: mode, dato: dato, rendering: rendering, actor: actor)
        _ = try database.write { try deletion.delete($0, organisasjonsnummer: orgnr) }
    }

    private func put(_ connection: Connection, _ orgnr: String, kind: OrganisationForm.UnitKind, body: JSONValue) throws {
        let writer = UnitWriter(kind: kind, rendering: rendering, actor: actor)
        _ = try writer.write(connection, organisasjonsnummer: orgnr, body: body)
    }

    /// Appends change-log items at the given times (RFC 3339 with milliseconds); ids follow on from the last.
    func appendChanges(_ changes: [(at: String, kind: ChangeKind, orgnr: String, endringstype: Endringstype)]) throws {
        try database.write { connection in
            for change in changes {
                let at = try XCTUnwrap(Timestamp.parse(change.at), change.at)
                _ = try ChangeLog.append(connection, kind: change.kind, organisasjonsnummer: change.orgnr,
                                         endringstype: change.endringstype, affectedHolders: [change.orgnr],
                                         state: Array(#"{"status":"active"}"#.utf8), at: at)
            }
        }
    }

    func search(_ query: String, kind: OrganisationForm.UnitKind = .enhet) throws -> UnitSearch.Result {
        let request = try UnitSearchRequest.parse(PublicQuery(query), kind: kind)
        return try database.read { try UnitSearch.run(request, in: $0) }
    }

    func orgnrs(_ query: String, kind: OrganisationForm.UnitKind = .enhet) throws -> [String] {
        try search(query, kind: kind).units.map(\.organisasjonsnummer)
    }
}
