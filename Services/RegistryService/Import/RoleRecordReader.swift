import Domain
import HTTPServer
import JSON

/// Reads one record of the roller file (§6): `{"organisasjonsnummer", "rollegrupper"}` in the §3.5
/// shape. Each role is read by the §5.4 rules (`RoleBodyReader`); a broken role rejects the whole
/// record, except a holder unit missing from the enheter file, which is a warning.
struct RoleRecordReader {
    /// Whether a number is an enhet of the enheter file.
    let isEnhet: (String) -> Bool
    /// `sistEndret` of groups the file gives no date for.
    let today: String

    private struct FileRole {
        let value: JSONValue
        let rekkefolge: Int?
        let date: String?
    }

    func read(_ record: JSONValue) throws(RecordRejection) -> ImportedRoles {
        guard case .object = record else { throw RecordRejection("record is not an object") }
        guard let numberValue = record["organisasjonsnummer"], !numberValue.isNull else {
            throw .missing("organisasjonsnummer")
        }
        guard let number = numberValue.stringValue else { throw .wrongType("organisasjonsnummer", "a string") }
        guard OrganizationNumber.isValid(number) else {
            throw RecordRejection("organisasjonsnummer \(number) is not a valid organisation number")
        }
        guard let groupsValue = record["rollegrupper"], !groupsValue.isNull else { throw .missing("rollegrupper") }
        guard let groups = groupsValue.arrayValue else { throw .wrongType("rollegrupper", "an array") }
        let fileRoles = try flatten(groups)
        var missing: [String] = []
        let records = try readRoles(fileRoles.map(\.value), missing: &missing)
        return Self.order(records, rekkefolge: fileRoles.map(\.rekkefolge), dates: fileRoles.map(\.date),
                          number: number, missing: missing, today: today)
    }

    private func flatten(_ groups: [JSONValue]) throws(RecordRejection) -> [FileRole] {
        var roles: [FileRole] = []
        for (index, group) in groups.enumerated() {
            guard case .object = group else { throw .wrongType("rollegrupper/\(index)", "an object") }
            var date: String?
            if let value = group["sistEndret"], !value.isNull {
                guard let text = value.stringValue, CalendarDate.isValid(text) else {
                    throw RecordRejection("field rollegrupper/\(index)/sistEndret is not a date YYYY-MM-DD")
                }
                date = text
            }
            guard let items = group["roller"]?.arrayValue else {
                throw .wrongType("rollegrupper/\(index)/roller", "an array")
            }
            for item in items {
                let rekkefolge = item["rekkefolge"]?.intValue.flatMap { $0 >= 0 ? Int($0) : nil }
                roles.append(FileRole(value: item, rekkefolge: rekkefolge, date: date))
            }
        }
        return roles
    }

    /// The roles through the §5.4 reader, 1000 at a time (its body limit), with repeats checked across.
    private func readRoles(_ values: [JSONValue], missing: inout [String]) throws(RecordRejection) -> [RoleRecord] {
        let holders = MissingHolders(isEnhet: isEnhet)
        let reader = RoleBodyReader { holders.check($0) }
        var records: [RoleRecord] = []
        var seen = Set<String>()
        var start = 0
        while start < values.count {
            let end = min(start + RoleBodyReader.maximumRoles, values.count)
            do {
                records += try reader.read(.object([("roller", .array(Array(values[start..<end])))]))
            } catch let problem as ProblemDetails {
                throw RecordRejection(problem)
            } catch {
                throw RecordRejection("invalid role: \(error)")
            }
            start = end
        }
        for (index, record) in records.enumerated() {
            if let key = record.holderKey, !seen.insert(record.type + " " + key).inserted {
                throw RecordRejection("role \(index) repeats the same type and holder")
            }
        }
        missing = holders.missing
        return records
    }

    /// Orders the roles by group (§9.3), then the file's `rekkefolge` (else the position in its group),
    /// and dates each recomputed group by the first file group it came from (else `today`).
    /// `rekkefolge` and `dates` are per record, in file order; shared with `RoleRecordSplicer`.
    static func order(_ records: [RoleRecord], rekkefolge: [Int?], dates fileDates: [String?], number: String,
                      missing: [String], today: String) -> ImportedRoles {
        var dates: [String: String] = [:]
        var keyed: [(record: RoleRecord, group: Int, rank: Int, index: Int)] = []
        keyed.reserveCapacity(records.count)
        var inGroup: [String: Int] = [:]
        for (index, record) in records.enumerated() {
            let group = record.group
            let position = inGroup[group, default: 0]
            inGroup[group] = position + 1
            if dates[group] == nil { dates[group] = fileDates[index] ?? today }
            keyed.append((record, RoleGroup.byCode[group]?.order ?? Int.max, rekkefolge[index] ?? position, index))
        }
        keyed.sort { ($0.group, $0.rank, $0.index) < ($1.group, $1.rank, $1.index) }
        return ImportedRoles(organisasjonsnummer: number, records: keyed.map(\.record), dates: dates,
                             missingHolders: missing)
    }
}

/// Collects holder units that are not enheter of the file, and lets them pass (§6: a warning).
private final class MissingHolders {
    let isEnhet: (String) -> Bool
    private(set) var missing: [String] = []

    init(isEnhet: @escaping (String) -> Bool) { self.isEnhet = isEnhet }

    func check(_ number: String) -> Bool {
        if !isEnhet(number), !missing.contains(number) { missing.append(number) }
        return true
    }
}
