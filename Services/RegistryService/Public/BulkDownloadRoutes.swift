import Compression
import HTTPServer
import JSON
import SQLite

/// The bulk downloads (§3.8): `/enheter/lastned`, `/underenheter/lastned` and `/roller/totalbestand`,
/// each one gzip-compressed JSON array streamed with chunked transfer coding from one read snapshot,
/// in bounded memory. The formats are what `import` reads, so export and re-import round-trip.
enum BulkDownloadRoutes {
    static func install(_ router: inout Router, _ registry: RegistryContext) {
        install(&router, registry, path: "/enhetsregisteret/api/enheter/lastned", family: .enhetDownload) { _, write in
            try writeUnits(kind: .enhet, registry, write)
        }
        install(&router, registry, path: "/enhetsregisteret/api/underenheter/lastned", family: .underenhetDownload) { _, write in
            try writeUnits(kind: .underenhet, registry, write)
        }
        install(&router, registry, path: "/enhetsregisteret/api/roller/totalbestand", family: .rolleDownload) { caller, write in
            try writeRoles(registry, revealsPersonIdentifiers: caller.revealsPersonIdentifiers, write)
        }
    }

    private typealias Producer = @Sendable (PublicCaller, (ArraySlice<UInt8>) throws -> Void) throws -> Void

    private static func install(_ router: inout Router, _ registry: RegistryContext, path: String,
                                family: PublicMediaType, produce: @escaping Producer) {
        let check = PublicRequestCheck(family: family, verifier: registry.verifier)
        router.get(path, middleware: [check]) { _, context in
            let caller = context.publicCaller
            return HTTPResponse(status: 200, headers: ["Content-Type": caller.contentType]) { body in
                let gzip = try GzipWriter { chunk in try body.write(Array(chunk)) }
                try produce(caller) { bytes in try gzip.write(bytes) }
                try gzip.finish()
            }
        }
    }

    /// Every active unit of `kind`, as stored: the §4 shape without `_links`.
    private static func writeUnits(kind: OrganisationForm.UnitKind, _ registry: RegistryContext,
                                   _ write: (ArraySlice<UInt8>) throws -> Void) throws {
        try registry.database.read { connection in
            var array = ArrayWriter()
            try connection.forEachRow(
                "SELECT document FROM units WHERE kind = ? AND status = 'active' ORDER BY orgnr", [kind.rawValue]
            ) { row in
                try array.element(Array((try row[0] as String).utf8), write)
            }
            try array.finish(write)
        }
    }

    /// `{"organisasjonsnummer", "rollegrupper"}` for every active enhet that has roles (§3.5 shape
    /// without `_links`; `fodselsnummer` only for a platform token).
    private static func writeRoles(_ registry: RegistryContext, revealsPersonIdentifiers: Bool,
                                   _ write: (ArraySlice<UInt8>) throws -> Void) throws {
        var rendering = RoleGroupsRendering(href: UnitHref(publicURL: registry.publicURL),
                                            revealsPersonIdentifiers: revealsPersonIdentifiers)
        rendering.includesLinks = false
        try registry.database.read { connection in
            var array = ArrayWriter()
            try connection.forEachRow("""
                SELECT orgnr FROM units u WHERE kind = 'enhet' AND status = 'active'
                AND EXISTS (SELECT 1 FROM roles r WHERE r.unit = u.orgnr) ORDER BY orgnr
                """) { row in
                let orgnr: String = try row[0]
                var json = JSONWriter(capacity: 1024)
                rendering.downloadRecord(unit: orgnr, roles: try RoleStore.roles(connection, unit: orgnr),
                                         dates: try RoleStore.groupDates(connection, unit: orgnr), into: &json)
                try array.element(json.bytes, write)
            }
            try array.finish(write)
        }
    }
}

/// Writes `[`, the elements separated by commas, and `]`, batching small writes into ~60 KiB.
private struct ArrayWriter {
    private var buffer: [UInt8] = [UInt8(ascii: "[")]
    private var isFirst = true

    init() {
        buffer.reserveCapacity(64 * 1024)
    }

    mutating func element(_ bytes: [UInt8], _ write: (ArraySlice<UInt8>) throws -> Void) throws {
        if !isFirst { buffer.append(UInt8(ascii: ",")) }
        isFirst = false
        buffer.append(contentsOf: bytes)
        if buffer.count >= 60 * 1024 {
            try write(buffer[...])
            buffer.removeAll(keepingCapacity: true)
        }
    }

    mutating func finish(_ write: (ArraySlice<UInt8>) throws -> Void) throws {
        buffer.append(UInt8(ascii: "]"))
        try write(buffer[...])
    }
}
