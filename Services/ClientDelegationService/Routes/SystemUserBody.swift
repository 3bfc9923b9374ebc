import Domain
import JSON
import ServiceKit

/// The body of `PUT /internal/systemusers/{id}` (`delegation.md` §4), every failure collected.
enum SystemUserBody {
    static func parse(_ body: JSONValue, id: String) -> Result<SystemUserCopy, ProblemList> {
        var failures: [ValidationFailure] = []
        guard body.objectValue != nil else {
            return .failure(ProblemList([.invalidJSON(path: "/", detail: "The body must be a JSON object.")]))
        }
        func text(_ name: String, maximum: Int? = nil) -> String? {
            guard let value = body[name] else { failures.append(.missing(path: "/" + name)); return nil }
            guard let string = value.stringValue else {
                failures.append(.invalidJSON(path: "/" + name, detail: "\(name) must be a string."))
                return nil
            }
            if let maximum, string.unicodeScalars.count > maximum {
                failures.append(.tooLong(path: "/" + name, maximum: maximum))
            }
            return string
        }
        let bodyId = text("id")
        if let bodyId, bodyId.lowercased() != id {
            failures.append(.invalidValue(path: "/id", detail: "id must equal the path's {id}."))
        }
        let title = text("integrationTitle", maximum: 255)
        let systemId = text("systemId", maximum: 255)
        let supplierOrgno = text("supplierOrgno")
        let supplierName = text("supplierName")
        let reportee = text("reporteeOrgNo")
        let externalRef = text("externalRef", maximum: 255)
        let userType = text("userType")
        let created = text("created")
        for (name, value) in [("supplierOrgno", supplierOrgno), ("reporteeOrgNo", reportee)] {
            if let value, !OrganizationNumber.isValid(value) {
                failures.append(.invalidOrganizationNumber(value, path: "/" + name))
            }
        }
        let type = userType.flatMap(SystemUserCopy.UserType.init(rawValue:))
        if userType != nil, type == nil {
            failures.append(.invalidValue(path: "/userType", detail: "userType must be standard or agent."))
        }
        if let created, Timestamp.parse(created) == nil {
            failures.append(.invalidValue(path: "/created", detail: "created must be an RFC 3339 time."))
        }
        let rights = parseRights(body["rights"], &failures)
        let packages = parsePackages(body["accessPackages"], &failures)
        guard failures.isEmpty, let title, let systemId, let supplierOrgno, let supplierName, let reportee,
              let externalRef, let type, let created, let rights, let packages else {
            return .failure(ProblemList(failures))
        }
        return .success(SystemUserCopy(id: id, integrationTitle: title, systemId: systemId, supplierOrgno: supplierOrgno,
                                       supplierName: supplierName, reporteeOrgNo: reportee, externalRef: externalRef,
                                       userType: type, rights: rights, accessPackages: packages, created: created))
    }

    private static func parseRights(_ value: JSONValue?, _ failures: inout [ValidationFailure]) -> [JSONValue]? {
        guard let value else { failures.append(.missing(path: "/rights")); return nil }
        switch Right.parseList(value, path: "/rights") {
        case .success: return value.arrayValue
        case .failure(let problems):
            failures += problems.problems.map {
                ValidationFailure(code: $0.code, title: $0.code == "STD.VLD-00004"
                                  ? "A required field or parameter is missing."
                                  : "The body is not valid JSON, or a field has the wrong JSON type.",
                                  detail: $0.detail, paths: [$0.path])
            }
            return nil
        }
    }

    private static func parsePackages(_ value: JSONValue?, _ failures: inout [ValidationFailure]) -> [String]? {
        guard let value else { failures.append(.missing(path: "/accessPackages")); return nil }
        guard let items = value.arrayValue else {
            failures.append(.invalidJSON(path: "/accessPackages", detail: "accessPackages must be an array."))
            return nil
        }
        var urns: [String] = []
        for (index, item) in items.enumerated() {
            let path = "/accessPackages/\(index)/urn"
            guard item.objectValue != nil else {
                failures.append(.invalidJSON(path: "/accessPackages/\(index)", detail: "Each package must be an object."))
                continue
            }
            guard let urnValue = item["urn"] else { failures.append(.missing(path: path)); continue }
            guard let urn = urnValue.stringValue else {
                failures.append(.invalidJSON(path: path, detail: "urn must be a string."))
                continue
            }
            guard AccessPackageCatalogue.package(urn: urn) != nil else {
                failures.append(.invalidValue(path: path, detail: "\(urn) is not a package of the catalogue."))
                continue
            }
            urns.append(urn)
        }
        return urns
    }
}

/// Validation failures as an `Error`, for `Result`.
struct ProblemList: Error {
    var failures: [ValidationFailure]
    init(_ failures: [ValidationFailure]) { self.failures = failures }
}
