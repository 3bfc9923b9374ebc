import Foundation

/// One import's load phase (§6): a reading thread checks the files in order (enheter, underenheter,
/// roller) while this thread writes them; files already done in a resumed staging file are skipped.
struct ImportRun {
    let options: ImportOptions
    let staging: ImportStaging
    let reporter: ImportReporter

    /// Loads every file; a kind not given counts zeros.
    func load() throws -> [ImportKind: ImportCounts] {
        var counts: [ImportKind: ImportCounts] = [:]
        var files: [ImportReader.File] = []
        for kind in ImportKind.allCases {
            let checkpoint = try staging.checkpoint(kind)
            counts[kind] = checkpoint.counts
            guard let path = options.files[kind], !checkpoint.done else { continue }
            files.append(ImportReader.File(kind: kind, path: path, skip: checkpoint.nextRecord))
        }
        let preparer = RecordPreparer(enheter: try staging.unitNumbers(.enhet),
                                      underenheter: try staging.unitNumbers(.underenhet),
                                      roleUnits: try staging.roleUnitNumbers(), today: CalendarDate.today().description)
        let queue = PreparedQueue()
        ImportReader(files: files, preparer: preparer, queue: queue).start()
        let loader = ImportFileLoader(staging: staging, reporter: reporter, batch: options.batch)
        do {
            for file in files {
                counts[file.kind] = try loader.load(file.kind, path: file.path, from: queue)
            }
        } catch {
            queue.cancel()
            throw error
        }
        return counts
    }
}
