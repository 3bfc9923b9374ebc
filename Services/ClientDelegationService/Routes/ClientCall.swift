import Auth
import Domain
import HTTPServer
import ServiceKit

/// A §3 call that passed the common checks of `delegation.md` §3.1 (steps 2–5).
struct ClientCall {
    enum Kind { case available, list, add, remove }

    var user: SystemUserCopy
    var person: UserPrincipal
    /// `agent` in lower case.
    var agent: String
    /// `client` as given (POST and DELETE).
    var clientParameter: String
    var client: PartyReference?
    var includeAll = false

    var facilitator: String { user.reporteeOrgNo }

    static func check(_ request: HTTPRequest, context: RequestContext, kind: Kind,
                      service: DelegationService) throws -> ClientCall {
        let query = request.queryParameters
        var failures = ValidationFailures()
        let agentText = query["agent"] ?? ""
        let agent = PartyReference.parseUUID(agentText) != nil ? agentText.lowercased() : nil
        if agent == nil {
            failures.add(ValidationFailure(code: "AUTH.VLD-00014", title: "The agent query parameter is missing or invalid",
                                           detail: "agent must be a system user UUID.", paths: ["?agent"]))
        }
        let clientText = query["client"] ?? ""
        let client = PartyReference(clientText)
        if kind == .add || kind == .remove, client == nil {
            failures.add(ValidationFailure(code: "AUTH.VLD-00016", title: "The client query parameter is missing or invalid",
                                           detail: "client must be an organisation number or a party UUID.",
                                           paths: ["?client"]))
        }
        if kind == .available, let include = query["include"], include != "all" {
            failures.add(.invalidValue(path: "?include", detail: "include must be 'all'."))
        }
        var user: SystemUserCopy?
        if let agent {
            user = service.index.user(agent)
            if user == nil || user?.isDeleted == true {
                user = nil
                failures.add(ValidationFailure(code: "AUTH.VLD-00014", title: "System user not found",
                                               detail: "System user \(agent) was not found.", paths: ["?agent"]))
            } else if user?.isAgent == false {
                user = nil
                failures.add(ValidationFailure(code: "AUTH.VLD-00015",
                                               title: "SystemUser is not a valid system user of type agent",
                                               detail: "System user \(agent) is not an agent system user.",
                                               paths: ["?agent"]))
            }
        }
        try failures.check()
        guard let user, let agent else { throw ProblemDetails.internalError() }
        let person = try context.person
        try checkOwnerAndPermission(owner: user.reporteeOrgNo, person: person.pid, service: service, context: context)
        return ClientCall(user: user, person: person, agent: agent, clientParameter: clientText, client: client,
                          includeAll: query["include"] == "all")
    }

    /// Steps 4 and 5: the owner exists and is active; the person is its client administrator.
    private static func checkOwnerAndPermission(owner: String, person: String, service: DelegationService,
                                                context: RequestContext) throws {
        let deadline = context.outgoingDeadline
        guard try service.data.unit(owner, deadline: deadline).unit?.isActive == true else {
            throw DelegationProblem.make("AUTH-00105",
                                         detail: "No associated party information found for systemuser owner \(owner)")
        }
        let rights = try service.rights(party: owner, person: person, deadline: deadline)
        guard rights.isClientAdministrator else { throw DelegationProblem.notClientAdministrator(of: owner) }
    }
}
