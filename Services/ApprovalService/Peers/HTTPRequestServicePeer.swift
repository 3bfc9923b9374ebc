import Foundation
import HTTPClient
import JSON

/// The Request Service's internal endpoints over HTTP (`requests.md` §3.4, §4.8).
struct HTTPRequestServicePeer: RequestServicePeer {
    let client: HTTPClient
    let baseURL: String

    func request(id: String, deadline: Deadline?) throws -> SystemUserRequest? {
        let response = try get("/internal/requests/\(id)", deadline)
        if response.status == 404 { return nil }
        guard response.status == 200 else { throw unexpected("GET /internal/requests/{id}", response.status) }
        guard let request = SystemUserRequest(json: try response.json()) else { throw unreadable("request") }
        return request
    }

    func recordStatus(id: String, status: String, systemUserId: String?, decidedBy: Decider, decidedAt: String,
                      deadline: Deadline?) throws -> StatusOutcome {
        var body: [(String, JSONValue)] = [("status", .string(status))]
        if let systemUserId { body.append(("systemUserId", .string(systemUserId))) }
        body += [("decidedBy", decidedBy.json), ("decidedAt", .string(decidedAt))]
        let response = try client.send(.json(.post, url: baseURL + "/internal/requests/\(id)/status",
                                             body: .object(body), deadline: deadline, idempotent: true))
        switch response.status {
        case 200: return .recorded(changed: (try? response.json())?["changed"]?.boolValue ?? true)
        case 409: return .conflict(status: (try? response.json())?["status"]?.stringValue ?? "")
        default: throw unexpected("POST /internal/requests/{id}/status", response.status)
        }
    }

    func escalate(id: String, by person: Decider, deadline: Deadline?) throws -> EscalationOutcome? {
        let response = try client.send(.json(.post, url: baseURL + "/internal/requests/\(id)/escalate",
                                             body: .object([("escalatedBy", person.json)]), deadline: deadline,
                                             idempotent: true))
        switch response.status {
        case 200:
            let body = try response.json()
            return .escalated(at: body["escalatedAt"]?.stringValue ?? "", changed: body["changed"]?.boolValue ?? true)
        case 404: return nil
        case 409: return .conflict(status: (try? response.json())?["status"]?.stringValue ?? "")
        default: throw unexpected("POST /internal/requests/{id}/escalate", response.status)
        }
    }

    func pendingRequests(party: String, type: SystemUserType, escalated: Bool?,
                         deadline: Deadline?) throws -> [SystemUserRequest] {
        var path = "/internal/requests?party=\(party)&type=\(type.rawValue)&status=New"
        if let escalated { path += "&escalated=\(escalated)" }
        let response = try get(path, deadline)
        guard response.status == 200 else { throw unexpected("GET /internal/requests", response.status) }
        return (try response.json())["data"]?.arrayValue?.compactMap(SystemUserRequest.init(json:)) ?? []
    }

    func deleteRequest(id: String, deadline: Deadline?) throws -> RequestDeletion {
        let response = try client.send(ClientRequest(method: .delete, url: baseURL + "/internal/requests/\(id)",
                                                     deadline: deadline))
        switch response.status {
        case 200, 202, 204: return .deleted
        case 404: return .neverExisted
        default: throw unexpected("DELETE /internal/requests/{id}", response.status)
        }
    }

    func system(id: String, deadline: Deadline?) throws -> RegisteredSystemInfo? {
        let encoded = id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? id
        let response = try get("/internal/systemregister/\(encoded)", deadline)
        if response.status == 404 { return nil }
        guard response.status == 200 else { throw unexpected("GET /internal/systemregister/{id}", response.status) }
        guard let system = RegisteredSystemInfo(json: try response.json()) else { throw unreadable("system") }
        return system
    }

    func system(clientId: String, deadline: Deadline?) throws -> RegisteredSystemInfo? {
        let encoded = clientId.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? clientId
        let response = try get("/internal/systemregister?clientId=\(encoded)", deadline)
        if response.status == 400 { return nil }
        guard response.status == 200 else { throw unexpected("GET /internal/systemregister", response.status) }
        return (try response.json()).arrayValue?.first.flatMap(RegisteredSystemInfo.init(json:))
    }

    private func get(_ path: String, _ deadline: Deadline?) throws -> ClientResponse {
        try client.send(ClientRequest(url: baseURL + path, headers: ["Accept": "application/json"], deadline: deadline))
    }

    private func unexpected(_ call: String, _ status: Int) -> PeerContractError {
        PeerContractError(peer: client.peer, detail: "\(call) answered \(status)")
    }

    private func unreadable(_ what: String) -> PeerContractError {
        PeerContractError(peer: client.peer, detail: "unreadable \(what)")
    }
}
