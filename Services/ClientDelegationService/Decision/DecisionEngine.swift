import Domain
import HTTPClient

/// The rule of `delegation.md` §7.3, evaluated row by row from the local index and the Registry cache.
struct DecisionEngine: Sendable {
    let index: DelegationIndex
    let data: RegistryData
    let clients: FacilitatorClients

    func decide(_ question: DecisionQuestion, deadline: Deadline?) throws(HTTPClientError) -> Decision {
        let subject = question.subject
        var answer = Decision(permit: false, code: "", detail: "", systemUserId: subject, party: partyText(question))
        let state = index.snapshot()
        guard let user = state.users[subject] else {
            return answer.with("subject.unknown", "System user \(subject) is not known here.")
        }
        if user.isDeleted { return answer.with("subject.deleted", "System user \(subject) is deleted.") }
        answer.userType = user.userType.rawValue
        answer.owner = user.reporteeOrgNo
        let covers: (String) -> Bool
        switch question.target {
        case .resource(let id):
            guard let resource = ResourceCatalogue.resource(reference: id) else {
                return answer.with("resource.unknown", "Resource \(id) is not in the catalogue.")
            }
            covers = { urn in AccessPackageCatalogue.package(urn: urn).map(resource.isGranted(by:)) ?? false }
        case .package(let text):
            guard let package = AccessPackageCatalogue.package(parameter: text) else {
                return answer.with("package.unknown", "Package \(text) is not in the catalogue.")
            }
            covers = { $0 == package.urn }
        }
        guard let party = resolveParty(question.party, user: user, state: state) else {
            return answer.with("party.unknown", "Party \(answer.party) is not known in the Registry.")
        }
        guard let unit = try data.unit(party, deadline: deadline).unit else {
            return answer.with("party.unknown", "Party \(party) is not known in the Registry.")
        }
        guard unit.isActive else { return answer.with("party.inactive", "Party \(party) is \(unit.status).") }
        var effectiveParty = party
        if unit.kind == "underenhet", let parent = unit.overordnetEnhet,
           try data.unit(parent, deadline: deadline).unit?.isActiveEnhet == true {
            effectiveParty = parent
        }
        if user.isAgent {
            return try decideAgent(user, party: effectiveParty, question: question, covers: covers, answer: answer,
                                   state: state, deadline: deadline)
        }
        return decideStandard(user, party: party, effectiveParty: effectiveParty, question: question, covers: covers,
                              answer: answer)
    }

    private func decideStandard(_ user: SystemUserCopy, party: String, effectiveParty: String,
                                question: DecisionQuestion, covers: (String) -> Bool, answer: Decision) -> Decision {
        var answer = answer
        let owner = user.reporteeOrgNo
        guard party == owner || effectiveParty == owner else {
            return answer.with("standard.party-mismatch", "Standard system user \(user.id) belongs to \(owner), not \(party).")
        }
        if case .resource(let id) = question.target, let resource = ResourceCatalogue.resource(reference: id),
           user.rightResourceIds.contains(resource.id) {
            answer.permit = true
            answer.viaRight = resource.id
            return answer.with("standard.right", "Standard system user \(user.id) of \(owner) holds right \(resource.id).")
        }
        if let package = user.accessPackages.first(where: covers) {
            answer.permit = true
            answer.viaPackage = package
            return answer.with("standard.package", "Standard system user \(user.id) of \(owner) holds \(package).")
        }
        return answer.with("standard.not-covered", "Standard system user \(user.id) holds nothing that covers this.")
    }

    private func decideAgent(_ user: SystemUserCopy, party: String, question: DecisionQuestion,
                             covers: (String) -> Bool, answer: Decision, state: DelegationIndex.State,
                             deadline: Deadline?) throws(HTTPClientError) -> Decision {
        var answer = answer
        let owner = user.reporteeOrgNo
        guard let delegation = state.delegation(user: user.id, client: party) else {
            return answer.with("agent.not-delegated", "Agent system user \(user.id) of \(owner) has no delegation for \(party).")
        }
        let candidate = try clients.client(party, of: owner, grants: state.grants(from: party, to: owner),
                                           deadline: deadline)
        let effective = EffectivePackages.of(delegation, user: user, held: candidate?.heldURNs ?? [])
        if let urn = effective.first(where: covers), let candidate,
           let package = AccessPackageCatalogue.package(urn: urn) {
            answer.permit = true
            answer.viaPackage = urn
            answer.viaRelationship = candidate.relationship.source(of: package)
            let via: String
            switch answer.viaRelationship {
            case .role(let role)?: via = "role \(role)"
            default: via = "a grant"
            }
            return answer.with("agent.client-delegation",
                               "Agent system user \(user.id) of \(owner) acts for client \(party) through \(package.code) (\(via)).")
        }
        if delegation.packages.contains(where: { covers($0.urn) }) {
            return answer.with("agent.relationship-lost",
                               "The relationship of \(owner) with \(party) behind the delegated package is gone.")
        }
        return answer.with("agent.not-covered", "No package delegated to \(user.id) for \(party) covers this.")
    }

    /// The organisation number asked about; for a party UUID, the owner or a delegated client it names.
    private func resolveParty(_ party: DecisionQuestion.Party, user: SystemUserCopy,
                              state: DelegationIndex.State) -> String? {
        switch party {
        case .organization(let number): return number
        case .partyUUID(let text):
            var candidates = [user.reporteeOrgNo]
            candidates += state.delegations(ofUser: user.id).map(\.client)
            return candidates.first { number in
                OrganizationNumber(rawValue: number).map { PartyUUID($0).description == text } ?? false
            }
        }
    }

    private func partyText(_ question: DecisionQuestion) -> String {
        switch question.party {
        case .organization(let number): return number
        case .partyUUID(let text): return text
        }
    }
}

extension DecisionQuestion.Party {
    var organizationText: String? {
        if case .organization(let number) = self { return number }
        return nil
    }
}

extension Decision {
    func with(_ code: String, _ detail: String) -> Decision {
        var copy = self
        copy.code = code
        copy.detail = detail
        return copy
    }
}
