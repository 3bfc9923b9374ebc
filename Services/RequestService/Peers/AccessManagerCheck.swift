import HTTPClient
import JSON
import ServiceKit

/// Whether a person is an access manager of a party (`requests.md` §4.7 step 2), from the Client
/// Delegation Service's `GET /internal/rights` (`isAccessManager`). Never cached.
struct AccessManagerCheck: Sendable {
    let client: HTTPClient
    let baseURL: String

    func isAccessManager(party: String, person: String, deadline: Deadline) throws -> Bool {
        let url = baseURL + "/internal/rights?party=" + QueryComponent.encode(party)
            + "&person=" + QueryComponent.encode(person)
        let response = try client.send(ClientRequest(url: url, deadline: deadline))
        guard response.status == 200, let flag = (try? JSONValue.parse(response.body))?["isAccessManager"]?.boolValue
        else { throw HTTPClientError.unexpectedStatus(peer: client.peer, status: response.status) }
        return flag
    }
}
