import Foundation
import JSON

extension ClientResponse {
    /// The body decoded with `JSONDecoder`.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws(HTTPClientError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(body))
        } catch {
            throw .decodingFailed(peer: peer, detail: String(describing: error))
        }
    }

    /// The body as a `JSONValue`, for field-by-field validation.
    public func json() throws(HTTPClientError) -> JSONValue {
        do {
            return try JSONParser().parse(body)
        } catch {
            throw .decodingFailed(peer: peer, detail: String(describing: error))
        }
    }

    /// Self when the status is 2xx; otherwise `.unexpectedStatus`.
    public func requireSuccess() throws(HTTPClientError) -> ClientResponse {
        guard isSuccess else { throw .unexpectedStatus(peer: peer, status: status) }
        return self
    }
}
