import JSON

extension Right {
    /// `{"resource": [{"id", "value"}...], "action"?}`; `action` is omitted when absent.
    public var json: JSONValue {
        let pairs = JSONValue.array(resource.map { ["id": .string($0.id), "value": .string($0.value)] })
        var members: [(String, JSONValue)] = [("resource", pairs)]
        if let action { members.append(("action", .string(action))) }
        return .object(members)
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("resource")
        json.beginArray()
        for pair in resource {
            json.beginObject()
            json.member("id", pair.id)
            json.member("value", pair.value)
            json.endObject()
        }
        json.endArray()
        if let action { json.member("action", action) }
        json.endObject()
    }
}
