import HTTPClient
import JSON
import ServiceKit

/// The live-system-user check of `requests.md` §4.4 step 5: `GET /internal/systemusers/lookup` on the
/// Approval Service. 200 means a live user exists, 404 `AUTH-00015` none; anything else is a peer failure.
struct SystemUserLookup: Sendable {
    let client: HTTPClient
    let baseURL: String

    func hasLiveSystemUser(_ key: RequestKey, deadline: Deadline) throws -> Bool {
        let url = baseURL + "/internal/systemusers/lookup?systemId=" + QueryComponent.encode(key.systemId)
            + "&partyOrgNo=" + QueryComponent.encode(key.partyOrgNo)
            + "&externalRef=" + QueryComponent.encode(key.externalRef)
        let response = try client.send(ClientRequest(url: url, deadline: deadline))
        switch response.status {
        case 200:
            return true
        case 404 where (try? JSONValue.parse(response.body))?["code"]?.stringValue == "AUTH-00015":
            return false
        default:
            throw HTTPClientError.unexpectedStatus(peer: client.peer, status: response.status)
        }
    }
}
