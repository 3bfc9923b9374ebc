import Domain
import JSON
import ServiceKit

/// Step 2 of `requests.md` §4.4: the shape of a create body (§4.1), every failure together. Paths are
/// JSON pointers into the body; `rank` follows the order of the §4.1 table.
enum RequestBodyValidator {
    static func validate(_ sent: JSONValue, type: RequestType) throws -> RequestDraft {
        guard case .object = sent else {
            throw RequestFailures.single(.invalidJSON(path: "/", detail: "The body must be a JSON object."))
        }
        let body = BodyNormalization.normalize(sent)
        var failures = RequestFailures()
        let systemId = string(body["systemid"], path: "/systemId", rank: 0, maximum: 255, required: true,
                              failures: &failures)
        let party = string(body["partyorgno"], path: "/partyOrgNo", rank: 1, maximum: nil, required: true,
                           failures: &failures)
        if let party, !OrganizationNumber.isValid(party) {
            failures.add(.invalidOrganizationNumber(party, path: "/partyOrgNo"), rank: 1)
        }
        let externalRef = string(body["externalref"], path: "/externalRef", rank: 2, maximum: 255, required: false,
                                 failures: &failures)
        let title = string(body["integrationtitle"], path: "/integrationTitle", rank: 3, maximum: 255,
                           required: false, failures: &failures)
        let rights = type == .standard ? self.rights(body["rights"], failures: &failures) : nil
        let packages = self.packages(body["accesspackages"], failures: &failures)
        let redirect = string(body["redirecturl"], path: "/redirectUrl", rank: 6, maximum: 2048, required: false,
                              failures: &failures)
        try failures.check()
        guard let systemId, let party else { throw RequestFailures.single(.missing(path: "/systemId")) }
        return RequestDraft(type: type, systemId: systemId, partyOrgNo: party,
                            externalRef: externalRef.flatMap { $0.isEmpty ? nil : $0 } ?? party,
                            integrationTitle: title.flatMap { $0.isEmpty ? nil : $0 },
                            rights: rights, accessPackages: packages,
                            redirectUrl: redirect.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// A string member; an empty required value counts as missing. Lengths count Unicode scalars.
    private static func string(_ value: JSONValue?, path: String, rank: Int, maximum: Int?, required: Bool,
                               failures: inout RequestFailures) -> String? {
        guard let value else {
            if required { failures.add(.missing(path: path), rank: rank) }
            return nil
        }
        guard case .string(let text) = value else {
            failures.add(.invalidJSON(path: path, detail: "\(path) must be a string."), rank: rank)
            return nil
        }
        if required, text.isEmpty {
            failures.add(.missing(path: path), rank: rank)
            return nil
        }
        if let maximum, text.unicodeScalars.count > maximum {
            failures.add(.tooLong(path: path, maximum: maximum), rank: rank)
            return nil
        }
        return text
    }

    private static func rights(_ value: JSONValue?, failures: inout RequestFailures) -> [Right]? {
        guard let value else { return nil }
        switch Right.parseList(value, path: "/rights") {
        case .success(let rights):
            return rights
        case .failure(let problems):
            for problem in problems.problems {
                failures.add(ValidationFailure(code: problem.code,
                                               title: ErrorCatalogue.entry(problem.code)?.title ?? problem.code,
                                               detail: problem.detail, paths: [problem.path]), rank: 4)
            }
            return []
        }
    }

    private static func packages(_ value: JSONValue?, failures: inout RequestFailures) -> [String]? {
        guard let value else { return nil }
        guard case .array(let items) = value else {
            failures.add(.invalidJSON(path: "/accessPackages", detail: "accessPackages must be an array."), rank: 5)
            return []
        }
        var urns: [String] = []
        for (index, item) in items.enumerated() {
            let path = "/accessPackages/\(index)"
            guard case .object = item else {
                failures.add(.invalidJSON(path: path, detail: "\(path) must be an object."), rank: 5)
                continue
            }
            switch item["urn"] {
            case nil: failures.add(.missing(path: path + "/urn"), rank: 5)
            case .string(let urn)?: urns.append(urn)
            case .some: failures.add(.invalidJSON(path: path + "/urn", detail: "urn must be a string."), rank: 5)
            }
        }
        return urns
    }
}
