import JSON

/// The status and JSON body of an answer, for assertions made after the call.
struct ClientResponseSummary {
    var status: Int
    var json: JSONValue?
}
