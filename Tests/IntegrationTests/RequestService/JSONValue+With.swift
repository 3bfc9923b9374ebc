import JSON

extension JSONValue {
    /// A copy of this object with member `name` set to `value`.
    func with(_ name: String, _ value: JSONValue) -> JSONValue {
        var members = objectValue ?? []
        members.set(name, value)
        return .object(members)
    }
}
