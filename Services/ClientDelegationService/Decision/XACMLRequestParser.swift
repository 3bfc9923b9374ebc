import Domain
import JSON

/// The XACML 3.0 JSON subset of `delegation.md` §7.4; nil for anything outside it.
enum XACMLRequestParser {
    static let subjectId = "urn:altinn:systemuser:uuid"
    static let resourceId = "urn:altinn:resource"
    static let organizationId = "urn:altinn:organization:identifier-no"
    static let partyId = "urn:altinn:partyid"
    static let partyUUIDId = "urn:altinn:party:uuid"
    static let actionId = "urn:oasis:names:tc:xacml:1.0:action:action-id"

    static func parse(_ request: JSONValue) -> DecisionQuestion? {
        guard let members = request.objectValue, !members.contains(where: { $0.0 == "MultiRequests" }),
              let subject = single(request["AccessSubject"], names: [subjectId]),
              let resource = single(request["Resource"], names: [resourceId, organizationId, partyId, partyUUIDId])
        else { return nil }
        if let action = request["Action"] { guard single(action, names: [actionId]) != nil else { return nil } }
        guard let subjectText = subject[subjectId], let uuid = PartyReference.parseUUID(subjectText) != nil
                ? subjectText.lowercased() : nil,
              let resourceText = resource[resourceId] else { return nil }
        let parties = [organizationId, partyId, partyUUIDId].filter { resource[$0] != nil }
        guard parties.count == 1, let name = parties.first, let value = resource[name] else { return nil }
        let party: DecisionQuestion.Party
        if name == partyUUIDId {
            guard PartyReference.parseUUID(value) != nil else { return nil }
            party = .partyUUID(value.lowercased())
        } else {
            guard OrganizationNumber.isValid(value) else { return nil }
            party = .organization(value)
        }
        return DecisionQuestion(subject: uuid, party: party,
                                target: .resource(DecisionRequestParser.stripResourcePrefix(resourceText)))
    }

    /// The named attributes of the one element of `category`; nil when it is not exactly one element, an
    /// attribute repeats, or a value is not a string.
    private static func single(_ category: JSONValue?, names: Set<String>) -> [String: String]? {
        guard let elements = category?.arrayValue, elements.count == 1,
              let attributes = elements[0]["Attribute"]?.arrayValue else { return nil }
        var found: [String: String] = [:]
        for attribute in attributes {
            guard let id = attribute["AttributeId"]?.stringValue, names.contains(id) else { continue }
            guard found[id] == nil, let value = attribute["Value"]?.stringValue else { return nil }
            found[id] = value
        }
        return found
    }
}
