import Domain
import HTTPClient

/// The clients of facilitator F and what F holds for each (`delegation.md` §2, `catalogue.md` §3):
/// units where F holds an active relationship role, plus active enheter with a grant to F. F itself is
/// never its own client, and an F that is not active has no clients.
struct FacilitatorClients: Sendable {
    let data: RegistryData
    let index: DelegationIndex

    /// Every client of F, ordered by organisation number.
    func all(of facilitator: String, deadline: Deadline?) throws(HTTPClientError) -> [ClientCandidate] {
        guard try data.unit(facilitator, deadline: deadline).unit?.isActive == true else { return [] }
        let holder = try data.holder(facilitator, deadline: deadline)
        var grantsByClient: [String: [AccessPackage]] = [:]
        for grant in index.grants(to: facilitator) where grant.toType == .organisation && grant.from != facilitator {
            if let package = grant.accessPackage { grantsByClient[grant.from, default: []].append(package) }
        }
        let grantOnly = grantsByClient.keys.filter { holder.byUnit[$0] == nil }
        let grantUnits = try data.units(Array(grantOnly), deadline: deadline)
        var clients: [ClientCandidate] = []
        for held in holder.byUnit.values where held.unit != facilitator && held.kind == "enhet" {
            if let candidate = Self.candidate(held, granted: grantsByClient[held.unit] ?? []) {
                clients.append(candidate)
            }
        }
        for number in grantOnly {
            guard let unit = grantUnits[number]?.unit, unit.isActiveEnhet,
                  let relationship = ClientRelationship(activeRoles: [], clientForm: unit.organisasjonsform,
                                                        grantedPackages: grantsByClient[number] ?? []) else { continue }
            clients.append(ClientCandidate(organisasjonsnummer: number, navn: unit.navn,
                                           organisasjonsform: unit.organisasjonsform, relationship: relationship))
        }
        return clients.sorted { $0.organisasjonsnummer < $1.organisasjonsnummer }
    }

    /// F's relationship with one organisation C, or nil when C is not a client of F now.
    func client(_ client: String, of facilitator: String, deadline: Deadline?) throws(HTTPClientError) -> ClientCandidate? {
        try self.client(client, of: facilitator, grants: index.grants(from: client, to: facilitator), deadline: deadline)
    }

    /// As above, with the grants C → F read by the caller (from its index snapshot).
    func client(_ client: String, of facilitator: String, grants: [ExplicitGrant],
                deadline: Deadline?) throws(HTTPClientError) -> ClientCandidate? {
        guard client != facilitator,
              try data.unit(facilitator, deadline: deadline).unit?.isActive == true else { return nil }
        let holder = try data.holder(facilitator, deadline: deadline)
        let granted = grants.filter { $0.toType == .organisation }.compactMap(\.accessPackage)
        if let held = holder.byUnit[client], held.kind == "enhet" {
            return Self.candidate(held, granted: granted)
        }
        guard !granted.isEmpty, let unit = try data.unit(client, deadline: deadline).unit, unit.isActiveEnhet,
              let relationship = ClientRelationship(activeRoles: [], clientForm: unit.organisasjonsform,
                                                    grantedPackages: granted) else { return nil }
        return ClientCandidate(organisasjonsnummer: client, navn: unit.navn, organisasjonsform: unit.organisasjonsform,
                               relationship: relationship)
    }

    /// F's relationship with a unit it holds roles in: the one cached with the holder entry when C
    /// granted F nothing, else worked out with the grants.
    private static func candidate(_ held: HolderRoles.UnitRoles, granted: [AccessPackage]) -> ClientCandidate? {
        if granted.isEmpty {
            return held.roleRelationship.map {
                ClientCandidate(organisasjonsnummer: held.unit, navn: held.navn, organisasjonsform: held.organisasjonsform,
                                relationship: $0, heldURNs: held.roleHeldURNs)
            }
        }
        return ClientRelationship(activeRoles: held.roles, clientForm: held.organisasjonsform,
                                  grantedPackages: granted).map {
            ClientCandidate(organisasjonsnummer: held.unit, navn: held.navn, organisasjonsform: held.organisasjonsform,
                            relationship: $0)
        }
    }
}
