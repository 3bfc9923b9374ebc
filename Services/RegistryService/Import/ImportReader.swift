import Foundation
import JSON

/// Reads and checks the input files on its own thread (JSON parsing, the readers, encoding the
/// stored documents), handing prepared records to the writer through a bounded queue, so parsing
/// and SQLite run on two cores. On `--resume` the records before a file's checkpoint are read past
/// (a gzip stream cannot seek) without being checked again.
struct ImportReader: Sendable {
    struct File: Sendable {
        let kind: ImportKind
        let path: String
        let skip: Int
    }

    static let batchSize = 1000

    let files: [File]
    var preparer: RecordPreparer
    let queue: PreparedQueue

    func start() {
        Thread.detachNewThread { [self] in
            var reader = self
            reader.run()
        }
    }

    private mutating func run() {
        for file in files {
            do {
                try read(file)
            } catch {
                queue.put(.failed(error))
                return
            }
            guard queue.put(.fileEnded) else { return }
        }
    }

    private mutating func read(_ file: File) throws(ImportError) {
        var source = try ImportRecordSource(path: file.path)
        for _ in 0..<file.skip {
            guard try source.next() != nil else {
                throw .fatal("\(file.path): the file has fewer records than the staging checkpoint")
            }
        }
        var batch: [PreparedRecord] = []
        batch.reserveCapacity(Self.batchSize)
        var units = file.kind.unitKind.map(UnitRecordSplicer.init(kind:))
        let roles = file.kind == .roller ? RoleRecordSplicer(today: preparer.today) : nil
        while let item = try next(&source, &units, roles) {
            switch item {
            case .accepted(let record, let index, let offset):
                batch.append(preparer.prepare(record, index: index, offset: offset))
            case .parsed(let element):
                batch.append(preparer.prepare(file.kind, element.value, index: element.index, offset: element.offset))
            }
            if batch.count == Self.batchSize {
                guard queue.put(.records(batch)) else { throw .fatal("stopped") }
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { queue.put(.records(batch)) }
    }

    /// Records go to their file's splicer first (the fast path); what it declines is parsed.
    private func next(_ source: inout ImportRecordSource, _ units: inout UnitRecordSplicer?,
                      _ roles: RoleRecordSplicer?) throws(ImportError) -> JSONArrayItem<SplicedRecord>? {
        if units != nil {
            return try source.next { bytes in units?.splice(bytes).map { (.unit($0.unit), $0.length) } }
        }
        if let roles {
            let enheter = preparer.enheter
            return try source.next { bytes in
                roles.splice(bytes, isEnhet: { enheter.contains($0) }).map { (.roles($0.roles), $0.length) }
            }
        }
        return try source.next().map { .parsed($0) }
    }
}
