import Domain
import HTTPServer
import JSON
import ServiceKit

/// Reads the body of `PUT /internal/enheter/{orgnr}/roller` (§5.4): `{"roller": [Role, ...]}`, at most
/// 1000 roles, every failure listed with its `/roller/i/...` path.
struct RoleBodyReader {
    static let maximumRoles = 1000

    /// Whether a number is a hovedenhet in the Registry (any status), for `REG.VLD-00005`.
    let isEnhet: (String) throws -> Bool

    func read(_ body: JSONValue) throws -> [RoleRecord] {
        guard let items = body["roller"]?.arrayValue else {
            throw ProblemDetails.validation([.wrongType(path: "/roller", expected: "an array of roles")])
        }
        guard items.count <= Self.maximumRoles else {
            throw ProblemDetails.validation([.invalidValue(
                path: "/roller", detail: "/roller holds more than \(Self.maximumRoles) roles.")])
        }
        var failures = ValidationFailures()
        var records: [RoleRecord] = []
        var seen = Set<String>()
        for (index, item) in items.enumerated() {
            let path = "/roller/\(index)"
            guard let record = try readRole(item, path: path, &failures) else { continue }
            if let key = record.holderKey, !seen.insert(record.type + " " + key).inserted {
                failures.add(.invalidValue(path: path, detail: "\(path) repeats the same type and holder."))
                continue
            }
            records.append(record)
        }
        try failures.check()
        return records
    }

    private func readRole(_ item: JSONValue, path: String, _ failures: inout ValidationFailures) throws -> RoleRecord? {
        guard case .object = item else {
            failures.add(.wrongType(path: path, expected: "an object"))
            return nil
        }
        let before = failures.failures.count
        let type = readType(item["type"], path: path + "/type", &failures)
        let person = item["person"].nonNull
        let enhet = item["enhet"].nonNull
        var holder: RoleHolder?
        switch (person, enhet) {
        case (let person?, nil): holder = readPerson(person, path: path + "/person", &failures).map(RoleHolder.person)
        case (nil, let enhet?): holder = try readEnhet(enhet, path: path + "/enhet", &failures).map(RoleHolder.organisation)
        default: failures.add(.holderNotExactlyOne(path: path))
        }
        let fratraadt = readFlag(item["fratraadt"], path: path + "/fratraadt", &failures)
        let avregistrert = readFlag(item["avregistrert"], path: path + "/avregistrert", &failures)
        let extra = RoleExtraFields.read(item, path: path, &failures)
        guard failures.failures.count == before, let type, let holder else { return nil }
        return RoleRecord(type: type, holder: holder, fratraadt: fratraadt, avregistrert: avregistrert, extra: extra)
    }

    /// The code string, or `{kode}`.
    private func readType(_ value: JSONValue?, path: String, _ failures: inout ValidationFailures) -> String? {
        guard let value, !value.isNull else {
            failures.add(.missing(path: path))
            return nil
        }
        guard let code = value.stringValue ?? value["kode"]?.stringValue else {
            failures.add(.wrongType(path: path, expected: "a role type code"))
            return nil
        }
        guard RoleType.byCode[code] != nil else {
            failures.add(.unknownRoleType(code, path: path))
            return nil
        }
        return code
    }

    private func readFlag(_ value: JSONValue?, path: String, _ failures: inout ValidationFailures) -> Bool {
        guard let value, !value.isNull else { return false }
        guard let flag = value.boolValue else {
            failures.add(.wrongType(path: path, expected: "a boolean"))
            return false
        }
        return flag
    }

    private func readEnhet(_ value: JSONValue, path: String, _ failures: inout ValidationFailures) throws -> String? {
        guard case .object = value else {
            failures.add(.wrongType(path: path, expected: "an object"))
            return nil
        }
        let numberPath = path + "/organisasjonsnummer"
        guard let number = value["organisasjonsnummer"], !number.isNull else {
            failures.add(.missing(path: numberPath))
            return nil
        }
        guard let text = number.stringValue else {
            failures.add(.wrongType(path: numberPath, expected: "a string"))
            return nil
        }
        guard OrganizationNumber.isValid(text) else {
            failures.add(.invalidOrganizationNumber(text, path: numberPath))
            return nil
        }
        guard try isEnhet(text) else {
            failures.add(.unknownHolderUnit(text, path: numberPath))
            return nil
        }
        return text
    }
}
