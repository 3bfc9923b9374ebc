import SQLite

/// Writes one file's prepared records into the staging database (§6): transactions of `batch`
/// records, each committing the checkpoint with it; rejects and warnings reported in record order.
struct ImportFileLoader {
    let staging: ImportStaging
    let reporter: ImportReporter
    let batch: Int

    func load(_ kind: ImportKind, path: String, from queue: PreparedQueue) throws -> ImportCounts {
        var checkpoint = try staging.checkpoint(kind)
        let connection = staging.connection
        try connection.execute("BEGIN IMMEDIATE")
        var inBatch = 0
        try ImportRowWriter.with(connection) { writer in
            reading: while true {
                switch queue.take() {
                case .failed(let error):
                    throw error
                case .fileEnded:
                    break reading
                case .records(let records):
                    for record in records {
                        try write(record, path: path, with: writer, &checkpoint.counts)
                        inBatch += 1
                        guard inBatch == batch else { continue }
                        try staging.save(checkpoint, for: kind)
                        try connection.execute("COMMIT")
                        try connection.execute("BEGIN IMMEDIATE")
                        inBatch = 0
                    }
                }
            }
        }
        checkpoint.done = true
        try staging.save(checkpoint, for: kind)
        try connection.execute("COMMIT")
        return checkpoint.counts
    }

    private func write(_ record: PreparedRecord, path: String, with writer: ImportRowWriter,
                       _ counts: inout ImportCounts) throws {
        counts.records += 1
        switch record.outcome {
        case .rejected(let reason):
            counts.rejected += 1
            reporter.rejected(file: path, record: record.index, offset: record.offset, reason: reason)
            return
        case .unit(let unit):
            try writer.insert(unit)
        case .roles(let roles):
            try writer.insert(roles)
        }
        counts.imported += 1
        counts.warnings += record.warnings.count
        for warning in record.warnings {
            reporter.warning(file: path, record: record.index, offset: record.offset, reason: warning)
        }
    }
}
