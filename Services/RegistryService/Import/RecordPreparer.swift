import JSON

/// The §6 record rules, file by file in order (enheter, underenheter, roller): each record is read
/// by its kind's reader, then checked against the numbers seen so far: repeats in the file, an
/// underenhet number that is an enhet, roles of a number that is not an enhet of the enheter file.
struct RecordPreparer: Sendable {
    var enheter: NumberSet
    var underenheter: NumberSet
    var roleUnits: NumberSet
    let today: String

    mutating func prepare(_ kind: ImportKind, _ value: JSONValue, index: Int, offset: Int64) -> PreparedRecord {
        do {
            let (outcome, warnings) = try check(kind, value)
            return PreparedRecord(index: index, offset: offset, outcome: outcome, warnings: warnings)
        } catch {
            return PreparedRecord(index: index, offset: offset, outcome: .rejected(error.reason), warnings: [])
        }
    }

    /// A record already read by a fast path (`UnitRecordSplicer`, `RoleRecordSplicer`): only the checks
    /// against the numbers seen so far are left.
    mutating func prepare(_ record: SplicedRecord, index: Int, offset: Int64) -> PreparedRecord {
        do {
            let (outcome, warnings) = switch record {
            case .unit(let unit): try check(unit)
            case .roles(let roles): try check(roles)
            }
            return PreparedRecord(index: index, offset: offset, outcome: outcome, warnings: warnings)
        } catch {
            return PreparedRecord(index: index, offset: offset, outcome: .rejected(error.reason), warnings: [])
        }
    }

    private mutating func check(_ kind: ImportKind, _ value: JSONValue) throws(RecordRejection)
        -> (PreparedRecord.Outcome, [String]) {
        switch kind {
        case .enheter:
            return try check(try UnitRecordReader(kind: .enhet).read(value))
        case .underenheter:
            return try check(try UnitRecordReader(kind: .underenhet).read(value))
        case .roller:
            let enheter = enheter
            return try check(try RoleRecordReader(isEnhet: { enheter.contains($0) }, today: today).read(value))
        }
    }

    /// The checks of a roles record against the enheter file and the roles read so far.
    private mutating func check(_ roles: ImportedRoles) throws(RecordRejection) -> (PreparedRecord.Outcome, [String]) {
        let number = roles.organisasjonsnummer
        guard enheter.contains(number) else {
            throw RecordRejection("organisasjonsnummer \(number) is not an enhet of the enheter file")
        }
        guard roleUnits.insert(number) else { throw Self.repeated(number) }
        return (.roles(roles), roles.missingHolders.map { "holder unit \($0) is not in the enheter file" })
    }

    /// The checks of a unit record against the numbers seen so far (its kind is its file's).
    private mutating func check(_ unit: ImportedUnit) throws(RecordRejection) -> (PreparedRecord.Outcome, [String]) {
        switch unit.kind {
        case .enhet:
            guard enheter.insert(unit.organisasjonsnummer) else { throw Self.repeated(unit.organisasjonsnummer) }
            return (.unit(unit), [])
        case .underenhet:
            let number = unit.organisasjonsnummer
            guard !enheter.contains(number) else {
                throw RecordRejection("organisasjonsnummer \(number) already appeared in the enheter file")
            }
            guard underenheter.insert(number) else { throw Self.repeated(number) }
            guard let parent = unit.parent, !enheter.contains(parent) else { return (.unit(unit), []) }
            return (.unit(unit), ["overordnetEnhet \(parent) is not in the enheter file"])
        }
    }

    private static func repeated(_ number: String) -> RecordRejection {
        RecordRejection("organisasjonsnummer \(number) already appeared in this file")
    }
}
