import HTTPClient
import JSON

/// The Registry calls this service makes (`delegation.md` §8.1), answers parsed into cache values.
struct RegistryReader: Sendable {
    let client: HTTPClient
    let baseURL: String

    func holderRoles(_ holder: String, deadline: Deadline?) throws(HTTPClientError) -> HolderRoles {
        let json = try client.getJSON(baseURL + "/internal/roles?holder=" + holder, deadline: deadline)
        guard let roles = HolderRoles(json: json) else {
            throw .decodingFailed(peer: client.peer, detail: "roles answer without roles")
        }
        return roles
    }

    /// At most 1000 numbers per call.
    func units(_ numbers: [String], deadline: Deadline?) throws(HTTPClientError)
        -> (units: [String: UnitLookup], position: Int64) {
        let json = try client.getJSON(baseURL + "/internal/units?orgnr=" + numbers.joined(separator: ","),
                                      deadline: deadline)
        var units: [String: UnitLookup] = [:]
        for item in json["units"]?.arrayValue ?? [] {
            if let unit = RegistryUnit(json: item) { units[unit.organisasjonsnummer] = .known(unit) }
        }
        for number in json["notFound"]?.arrayValue ?? [] {
            if let number = number.stringValue { units[number] = .unknown }
        }
        return (units, json["position"]?.intValue ?? 0)
    }

    func feed(after: Int64, size: Int) throws(HTTPClientError) -> FeedPage {
        let json = try client.getJSON(baseURL + "/internal/feed?after=\(after)&size=\(size)", deadline: nil)
        guard let page = FeedPage(json: json) else {
            throw .decodingFailed(peer: client.peer, detail: "feed answer without epoch")
        }
        return page
    }
}
