import JSON

/// The four counts of one input file in the summary (§6): `records = imported + rejected`.
struct ImportCounts: Equatable, Sendable {
    var records = 0
    var imported = 0
    var rejected = 0
    var warnings = 0

    var json: JSONValue {
        .object([("records", .int(Int64(records))), ("imported", .int(Int64(imported))),
                 ("rejected", .int(Int64(rejected))), ("warnings", .int(Int64(warnings)))])
    }
}
