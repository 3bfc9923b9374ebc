import Domain
import JSON
import ServiceKit

/// Reads a decision body (`delegation.md` §7.1 and the XACML subset of §7.4).
enum DecisionRequestParser {
    enum Outcome {
        case question(DecisionQuestion, xacml: Bool)
        case invalid([ValidationFailure])
        /// A `Request` body outside the subset: 200 Indeterminate.
        case xacmlSyntaxError
    }

    static let systemUserPrefix = "urn:altinn:systemuser:uuid:"

    static func parse(_ body: JSONValue) -> Outcome {
        guard let members = body.objectValue else {
            return .invalid([.invalidJSON(path: "/", detail: "The body must be a JSON object.")])
        }
        if let request = members.first(where: { $0.0 == "Request" })?.1 {
            return XACMLRequestParser.parse(request).map { .question($0, xacml: true) } ?? .xacmlSyntaxError
        }
        return parsePlain(body)
    }

    private static func parsePlain(_ body: JSONValue) -> Outcome {
        var failures: [ValidationFailure] = []
        let subject = string(body, "subject", required: true, &failures)
        let party = string(body, "party", required: true, &failures)
        let resource = string(body, "resource", required: false, &failures)
        let package = string(body, "accessPackage", required: false, &failures)
        _ = string(body, "action", required: false, &failures)
        var uuid: String?
        if let subject {
            uuid = subjectUUID(subject)
            if uuid == nil { failures.append(.invalidUUID(subject, path: "/subject")) }
        }
        if let party, !OrganizationNumber.isValid(party) {
            failures.append(.invalidOrganizationNumber(party, path: "/party"))
        }
        let hasResource = !(resource ?? "").isEmpty
        let hasPackage = !(package ?? "").isEmpty
        if hasResource == hasPackage, body["resource"].map({ $0.stringValue != nil }) ?? true,
           body["accessPackage"].map({ $0.stringValue != nil }) ?? true {
            failures.append(ValidationFailure(code: "AUTH.VLD-00101",
                                              title: "A decision request must name exactly one of resource and accessPackage",
                                              detail: "Give exactly one of resource and accessPackage.",
                                              paths: ["/resource", "/accessPackage"]))
        }
        guard failures.isEmpty, let uuid, let party else { return .invalid(failures) }
        let target: DecisionQuestion.Target = hasResource
            ? .resource(stripResourcePrefix(resource ?? "")) : .package(package ?? "")
        return .question(DecisionQuestion(subject: uuid, party: .organization(party), target: target), xacml: false)
    }

    private static func string(_ body: JSONValue, _ name: String, required: Bool,
                               _ failures: inout [ValidationFailure]) -> String? {
        guard let value = body[name] else {
            if required { failures.append(.missing(path: "/" + name)) }
            return nil
        }
        guard let text = value.stringValue else {
            failures.append(.invalidJSON(path: "/" + name, detail: "\(name) must be a string."))
            return nil
        }
        return text
    }

    /// A UUID, or `urn:altinn:systemuser:uuid:<uuid>`, in lower case.
    static func subjectUUID(_ text: String) -> String? {
        let bare = text.hasPrefix(systemUserPrefix) ? String(text.dropFirst(systemUserPrefix.count)) : text
        return PartyReference.parseUUID(bare) != nil ? bare.lowercased() : nil
    }

    static func stripResourcePrefix(_ text: String) -> String {
        text.hasPrefix(Resource.urnPrefix) ? String(text.dropFirst(Resource.urnPrefix.count)) : text
    }
}
