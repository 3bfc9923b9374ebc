/// `units.rowid` (and so `unit_codes.unit` and the `unit_names` rowid) of a unit: an enhet's number as an
/// integer, an underenhet's number plus 1,000,000,000 (schema version 6).
///
/// Both kinds share one number space, so the number alone would do as a key; the offset keeps each
/// kind's rows together instead. A bulk import reads the enheter file and then the underenheter file,
/// each in number order: with the number as the key, every underenhet landed between two enheter and
/// split a full page in the middle of `units`, `unit_codes` and `unit_names`; with the offset the second
/// file appends as the first did (full size: the import 125 → 105 s, docs/performance.md).
/// Within a kind, rowid order is number order, which the searches' `ORDER BY rowid` relies on.
enum UnitRowid {
    static let underenhetOffset: Int64 = 1_000_000_000

    /// Nil unless `organisasjonsnummer` is nine ASCII digits.
    static func of(_ organisasjonsnummer: String, kind: OrganisationForm.UnitKind) -> Int64? {
        guard let number = number(organisasjonsnummer) else { return nil }
        return of(number: number, kind: kind)
    }

    static func of(number: Int64, kind: OrganisationForm.UnitKind) -> Int64 {
        kind == .underenhet ? number + underenhetOffset : number
    }

    /// Both rowids the number can have, the enhet's first (for a unit of either kind).
    static func candidates(_ organisasjonsnummer: String) -> (enhet: Int64, underenhet: Int64)? {
        guard let number = number(organisasjonsnummer) else { return nil }
        return (number, number + underenhetOffset)
    }

    /// The organisasjonsnummer's value, which is below the offset.
    static func number(_ organisasjonsnummer: String) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        for byte in organisasjonsnummer.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 9 ? value : nil
    }
}
