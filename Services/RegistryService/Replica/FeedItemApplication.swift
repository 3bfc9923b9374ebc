import JSON
import SQLite

/// Applies one feed item inside the replica's write transaction (§8 step 2): the item's complete
/// `state` through the core's stores, then the item itself into the local change log with the same
/// id. Applying an item twice gives the same data.
enum FeedItemApplication {
    static func apply(_ item: FeedItem, _ connection: Connection) throws {
        let record = item.record
        switch ChangeKind(rawValue: record.kind) {
        case .enhet: try applyUnit(item, kind: .enhet, connection)
        case .underenhet: try applyUnit(item, kind: .underenhet, connection)
        case .roller: try applyRoles(item, connection)
        case nil: throw FeedError.malformedItem(id: record.id, "unknown kind \(record.kind)")
        }
        try ChangeLog.insert(connection, record)
    }

    private static func applyUnit(_ item: FeedItem, kind: OrganisationForm.UnitKind, _ connection: Connection) throws {
        let orgnr = item.record.organisasjonsnummer
        let document: UnitDocument
        do {
            document = try UnitDocument(state: item.state, kind: kind, organisasjonsnummer: orgnr)
        } catch {
            throw FeedError.malformedItem(id: item.id, "\(error)")
        }
        guard let status = UnitStatus(rawValue: item.state["status"]?.stringValue ?? "") else {
            throw FeedError.malformedItem(id: item.id, "unit state without a known status")
        }
        let previous = try UnitStore.find(connection, orgnr)
        try UnitStore.save(connection, document, previous: previous, changeId: item.id)
        guard status != .active else { return }
        let saved = UnitRow(document: document, status: .active, slettedato: nil)
        let slettedato = item.state["slettedato"]?.stringValue ?? String(item.record.at.prefix(10))
        try UnitStore.setStatus(connection, saved, status, slettedato: slettedato, changeId: item.id)
    }

    private static func applyRoles(_ item: FeedItem, _ connection: Connection) throws {
        guard let roles = item.state["roller"]?.arrayValue else {
            throw FeedError.malformedItem(id: item.id, "roller state without roller")
        }
        var records: [RoleRecord] = []
        var dates: [String: String] = [:]
        do {
            for role in roles {
                let record = try RoleRecord(state: role)
                if let date = role["sistEndret"]?.stringValue { dates[record.group] = date }
                records.append(record)
            }
        } catch {
            throw FeedError.malformedItem(id: item.id, "\(error)")
        }
        try RoleStore.replace(connection, unit: item.record.organisasjonsnummer, with: records, dates: dates,
                              changeId: item.id)
    }
}
