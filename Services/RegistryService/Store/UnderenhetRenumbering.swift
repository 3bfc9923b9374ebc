import SQLite

/// Schema version 6: underenheter move to the rowids after every enhet (`UnitRowid`). Their `unit_codes`
/// rows follow them. `unit_names` is contentless, so its rowids cannot be updated: it is indexed again
/// from `units` (`UnitNamesRebuild`), with the text the writers insert.
enum UnderenhetRenumbering {
    @Sendable
    static func apply(_ connection: Connection) throws {
        let offset = UnitRowid.underenhetOffset
        try connection.execute(script: """
            UPDATE unit_codes SET unit = unit + \(offset)
                WHERE unit IN (SELECT rowid FROM units WHERE kind = 'underenhet' AND rowid < \(offset));
            UPDATE units SET rowid = rowid + \(offset) WHERE kind = 'underenhet' AND rowid < \(offset);
            """)
        try UnitNamesRebuild.apply(connection)
    }
}
