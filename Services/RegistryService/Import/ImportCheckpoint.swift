/// Where the import of one file stands, committed with every batch (§6): how many records were
/// read (the next record index), the counts so far, and whether the file is done.
struct ImportCheckpoint: Equatable, Sendable {
    var counts = ImportCounts()
    var done = false

    /// The index of the next record to read.
    var nextRecord: Int { counts.records }
}
