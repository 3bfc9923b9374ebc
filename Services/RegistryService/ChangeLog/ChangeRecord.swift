/// One stored change-log item (§5.6). `affectedHolders` and `state` are JSON text as stored.
struct ChangeRecord: Sendable {
    let id: Int64
    let at: String
    let kind: String
    let organisasjonsnummer: String
    let endringstype: String
    let affectedHolders: String
    let state: String
}
