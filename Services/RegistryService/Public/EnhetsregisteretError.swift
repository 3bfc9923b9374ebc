import Foundation
import HTTPServer
import JSON

/// The error body of the public API (§3.9): route-level 400, 401, 404, 405 and 406 under
/// `/enhetsregisteret/api`, always `application/json;charset=UTF-8`. Throw it from a handler.
struct EnhetsregisteretError: Error, HTTPResponseError, Sendable {
    /// One `valideringsfeil` element (the §3.4 messages are in `EnhetsregisteretError+Valideringsfeil`).
    struct Valideringsfeil: Sendable, Equatable {
        var feilmelding: String
        var parametere: [String]
        var feilaktigVerdi: String
    }

    static let contentType = "application/json;charset=UTF-8"

    var status: Int
    var feilmelding: String
    var valideringsfeil: [Valideringsfeil] = []
    var headers = HTTPHeaders()

    static func badRequest(_ valideringsfeil: [Valideringsfeil]) -> EnhetsregisteretError {
        EnhetsregisteretError(status: 400, feilmelding: "Feilaktig forespørsel", valideringsfeil: valideringsfeil)
    }

    /// §3.1: one bad organisation number.
    static func invalidNumber(_ value: String, parameter: String = "organisasjonsnummer") -> EnhetsregisteretError {
        badRequest([.invalidOrganizationNumber(value, parameter: parameter)])
    }

    static let invalidToken = EnhetsregisteretError(
        status: 401, feilmelding: "Ugyldig eller utløpt token",
        headers: ["WWW-Authenticate": #"Bearer error="invalid_token""#])

    static func enhetNotFound(_ orgnr: String) -> EnhetsregisteretError {
        EnhetsregisteretError(status: 404, feilmelding: "Ingen enhet med organisasjonsnummer \(orgnr) ble funnet")
    }

    static func underenhetNotFound(_ orgnr: String) -> EnhetsregisteretError {
        EnhetsregisteretError(status: 404, feilmelding: "Ingen underenhet med organisasjonsnummer \(orgnr) ble funnet")
    }

    static let notFound = EnhetsregisteretError(status: 404, feilmelding: "Ressursen finnes ikke")

    static let methodNotAllowed = EnhetsregisteretError(status: 405, feilmelding: "Metoden støttes ikke",
                                                        headers: ["Allow": "GET"])

    static let notAcceptable = EnhetsregisteretError(status: 406, feilmelding: "Formatet støttes ikke")

    func body(path: String, now: Date = Date()) -> [UInt8] {
        var json = JSONWriter(capacity: 256 + 128 * valideringsfeil.count)
        json.beginObject()
        json.key("tidsstempel"); json.int(Int64((now.timeIntervalSince1970 * 1000).rounded(.down)))
        json.member("status", status)
        json.member("feilmelding", feilmelding)
        json.key("valideringsfeil")
        json.beginArray()
        for item in valideringsfeil {
            json.beginObject()
            json.member("feilmelding", item.feilmelding)
            json.member("parametere", JSONValue(item.parametere))
            json.member("feilaktigVerdi", item.feilaktigVerdi)
            json.endObject()
        }
        json.endArray()
        json.member("sti", path)
        json.member("antallFeil", valideringsfeil.count)
        json.endObject()
        return json.bytes
    }

    func response(for request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        var headers = self.headers
        headers.set("Content-Type", Self.contentType)
        return HTTPResponse(status: status, headers: headers, body: body(path: request.path))
    }
}
