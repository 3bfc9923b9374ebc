import Domain
import HTTPServer
import JSON
import ServiceKit

/// `delegation.md` §3.6: the agent system users of an organisation.
struct AgentRoutes: Sendable {
    let service: DelegationService

    func agents(_ request: HTTPRequest, _ context: RequestContext) throws -> HTTPResponse {
        let party = request.queryParameters["party"] ?? ""
        var failures = ValidationFailures()
        if party.isEmpty {
            failures.add(.missing(path: "?party"))
        } else if !OrganizationNumber.isValid(party) {
            failures.add(.invalidOrganizationNumber(party, path: "?party"))
        }
        try failures.check()
        let deadline = context.outgoingDeadline
        guard try service.data.unit(party, deadline: deadline).unit?.isActive == true else {
            throw DelegationProblem.make("AUTH-00106", detail: "Party \(party) was not found.")
        }
        let person = try context.person
        guard try service.rights(party: party, person: person.pid, deadline: deadline).isClientAdministrator else {
            throw DelegationProblem.notClientAdministrator(of: party)
        }
        let users = service.index.users(ownedBy: party).filter(\.isAgent).sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        return .json(JSONValue.array(users.map(Self.json)).encoded())
    }

    /// The Approval Service's internal shape (`approval.md` §3.1), from the published copy.
    static func json(_ user: SystemUserCopy) -> JSONValue {
        let uuid = OrganizationNumber(rawValue: user.reporteeOrgNo).map { PartyUUID($0).description } ?? ""
        return .object([
            ("id", .string(user.id)), ("integrationTitle", .string(user.integrationTitle)),
            ("productName", ""), ("systemId", .string(user.systemId)), ("partyId", .string(user.reporteeOrgNo)),
            ("partyUuId", .string(uuid)), ("reporteeOrgNo", .string(user.reporteeOrgNo)),
            ("created", .string(user.created)), ("isDeleted", false), ("supplierName", .string(user.supplierName)),
            ("supplierOrgno", .string(user.supplierOrgno)), ("externalRef", .string(user.externalRef)),
            ("userType", "agent"),
            ("accessPackages", .array(user.accessPackages.map { .object([("urn", .string($0))]) })),
        ])
    }
}
