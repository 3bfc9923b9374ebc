/// A roles record that passed the §6 rules: the role set as stored (ordered by group, then
/// `rekkefolge`), `sistEndret` per recomputed group, and holder units missing from the enheter file.
struct ImportedRoles: Sendable {
    let organisasjonsnummer: String
    let records: [RoleRecord]
    let dates: [String: String]
    let missingHolders: [String]
}
