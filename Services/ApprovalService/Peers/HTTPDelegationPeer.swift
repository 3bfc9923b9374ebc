import HTTPClient
import JSON

/// The Client Delegation Service over HTTP (`delegation.md` §4, §6).
struct HTTPDelegationPeer: DelegationPeer {
    let client: HTTPClient
    let baseURL: String

    func rights(party: String, person: String, deadline: Deadline?) throws -> PersonRights {
        let response = try client.send(ClientRequest(url: baseURL + "/internal/rights?party=\(party)&person=\(person)",
                                                     headers: ["Accept": "application/json"], deadline: deadline))
        guard response.status == 200 else { throw unexpected("GET /internal/rights", response.status) }
        return PersonRights(json: try response.json())
    }

    func publish(_ user: SystemUser, deadline: Deadline?) throws -> PublishOutcome {
        let response = try client.send(.json(.put, url: baseURL + "/internal/systemusers/\(user.id)",
                                             body: user.publicationBody, deadline: deadline))
        switch response.status {
        case 200: return .published(changed: (try? response.json())?["changed"]?.boolValue ?? true)
        case 409: return .deletedThere
        default: throw unexpected("PUT /internal/systemusers", response.status)
        }
    }

    func remove(id: String, deadline: Deadline?) throws -> Int {
        let response = try client.send(ClientRequest(method: .delete, url: baseURL + "/internal/systemusers/\(id)",
                                                     headers: ["Accept": "application/json"], deadline: deadline))
        guard response.status == 200 else { throw unexpected("DELETE /internal/systemusers", response.status) }
        return Int((try response.json())["removedClientDelegations"]?.intValue ?? 0)
    }

    private func unexpected(_ call: String, _ status: Int) -> PeerContractError {
        PeerContractError(peer: client.peer, detail: "\(call) answered \(status)")
    }
}
