import Domain
import HTTPServer
import JSON
import ServiceKit

/// `GET /internal/units?orgnr=<n>,<n>,...` (§5.3): 1 to 1000 numbers, answered in the order asked.
enum InternalUnitRoutes {
    static let maximumNumbers = 1000

    static func install(_ router: inout Router, _ registry: RegistryContext) {
        router.get("/internal/units", middleware: registry.internalJSON) { request, _ in
            let numbers = try numbers(request.queryParameters)
            let (body, position) = try registry.database.read { connection -> ([UInt8], Int64) in
                let position = try ChangeLog.position(connection)
                var notFound: [String] = []
                var json = JSONWriter(capacity: 256 * numbers.count + 64)
                json.beginObject()
                json.key("units")
                json.beginArray()
                for number in numbers {
                    if let unit = try UnitStore.find(connection, number) {
                        InternalUnitJSON.write(unit, into: &json)
                    } else {
                        notFound.append(number)
                    }
                }
                json.endArray()
                json.member("notFound", JSONValue(notFound))
                json.key("position"); json.int(position)
                json.endObject()
                return (json.bytes, position)
            }
            return InternalAnswer.json(body, position: position)
        }
    }

    /// Every `orgnr` parameter joined, empty items skipped, at most 1000 items (counted before
    /// duplicates go), each valid; duplicates answered once at their first position.
    static func numbers(_ query: QueryParameters) throws -> [String] {
        let items = query.values("orgnr").flatMap { $0.split(separator: ",", omittingEmptySubsequences: true) }
            .map(String.init)
        guard !items.isEmpty else { throw ProblemDetails.validation([.missing(path: "?orgnr")]) }
        guard items.count <= maximumNumbers else {
            throw ProblemDetails.validation([.invalidValue(
                path: "?orgnr", detail: "orgnr holds more than \(maximumNumbers) numbers.")])
        }
        var failures = ValidationFailures()
        var numbers: [String] = []
        var seen = Set<String>()
        for item in items {
            guard OrganizationNumber.isValid(item) else {
                failures.add(.invalidOrganizationNumber(item, path: "?orgnr"))
                continue
            }
            if seen.insert(item).inserted { numbers.append(item) }
        }
        try failures.check()
        return numbers
    }
}
