/// A roles record that passed the §6 rules: the role set as stored (ordered by group, then
/// `rekkefolge`), `sistEndret` per recomputed group, and holder units missing from the enheter file.
/// Each role's group and stored `rekkefolge` are computed here, on the reading thread.
struct ImportedRoles: Sendable {
    let organisasjonsnummer: String
    let records: [RoleRecord]
    let dates: [String: String]
    let missingHolders: [String]
    /// `roles.role_group` of each record.
    let groups: [String]
    /// `roles.rekkefolge` of each record: its 0-based position among the roles of its group (§5.4).
    let rekkefolge: [Int]
    /// `dates` in `role_group_dates` insertion order (by group code).
    let sortedDates: [(group: String, date: String)]

    init(organisasjonsnummer: String, records: [RoleRecord], dates: [String: String], missingHolders: [String]) {
        self.organisasjonsnummer = organisasjonsnummer
        self.records = records
        self.dates = dates
        self.missingHolders = missingHolders
        let groups = records.map(\.group)
        var seen: [String: Int] = [:]
        rekkefolge = groups.map { group in
            let position = seen[group, default: 0]
            seen[group] = position + 1
            return position
        }
        self.groups = groups
        sortedDates = dates.sorted { $0.key < $1.key }.map { (group: $0.key, date: $0.value) }
    }
}
