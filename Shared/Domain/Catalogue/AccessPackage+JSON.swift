import JSON

extension AccessPackage {
    /// The catalogue object of one package (`catalogue.md` §1), written wherever a full package is shown:
    /// `{"urn", "code", "name": {"nb", "en"}, "isDelegable", "isAssignable"}`.
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("urn", urn)
        json.member("code", code)
        json.key("name")
        json.beginObject()
        json.member("nb", name.nb)
        json.member("en", name.en)
        json.endObject()
        json.member("isDelegable", isDelegable)
        json.member("isAssignable", isAssignable)
        json.endObject()
    }

    /// The same object as a `JSONValue`, for callers that assemble documents as values.
    public var catalogueJSON: JSONValue {
        [
            "urn": .string(urn),
            "code": .string(code),
            "name": ["nb": .string(name.nb), "en": .string(name.en)],
            "isDelegable": .bool(isDelegable),
            "isAssignable": .bool(isAssignable),
        ]
    }

    /// The reference form used in systems, requests and system users: `{"urn": "urn:altinn:accesspackage:<code>"}`.
    public var referenceJSON: JSONValue { ["urn": .string(urn)] }
}
