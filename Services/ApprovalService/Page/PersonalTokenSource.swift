import Foundation
import HTTPClient

/// Fetches a scenario person's user token from the Token Generator at `TOKEN_ISSUER`
/// (`GET /api/GetPersonalToken?pid=&userId=`, answered as the bare JWT in `text/plain`), for the demo login.
struct PersonalTokenSource: Sendable {
    enum Failure: Error, Equatable {
        /// The generator answered but refused (a 4xx): the login form again with 400.
        case refused(status: Int)
        /// It could not be reached or failed (5xx): 503.
        case unreachable(String)
    }

    let client: HTTPClient
    let issuer: String

    init(issuer: String, client: HTTPClient) {
        self.issuer = issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer
        self.client = client
    }

    func token(pid: String, userId: Int?, deadline: Deadline?) throws(Failure) -> String {
        var url = issuer + "/api/GetPersonalToken?pid=" + ReturnURL.encode(pid)
        if let userId { url += "&userId=\(userId)" }
        let response: ClientResponse
        do { response = try client.send(ClientRequest(url: url, deadline: deadline)) } catch {
            throw .unreachable("\(error)")
        }
        guard response.status == 200 else {
            if response.status >= 500 { throw .unreachable("status \(response.status)") }
            throw .refused(status: response.status)
        }
        return String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
