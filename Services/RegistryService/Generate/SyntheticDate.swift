/// A calendar date as a day number (days since 1970-01-01, proleptic Gregorian), written as
/// `YYYY-MM-DD` without Foundation's calendars, so no time zone or locale can change the output.
struct SyntheticDate: Sendable, Comparable {
    let day: Int

    init(day: Int) { self.day = day }

    /// The date `year-month-day`; the caller passes a valid date.
    init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.day = era * 146_097 + dayOfEra - 719_468
    }

    /// The earliest and latest dates `generate` writes (`registry.md` §7).
    static let earliest = SyntheticDate(year: 1900, month: 1, day: 1)
    static let latest = SyntheticDate(year: 2025, month: 12, day: 31)

    static func < (lhs: SyntheticDate, rhs: SyntheticDate) -> Bool { lhs.day < rhs.day }

    func adding(days: Int) -> SyntheticDate { SyntheticDate(day: day + days) }

    /// Year, month and day (Howard Hinnant's civil_from_days).
    var components: (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `YYYY-MM-DD`.
    var text: String {
        let (y, m, d) = components
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ index: Int, _ digit: Int) { buffer[index] = UInt8(truncatingIfNeeded: 48 + digit) }
            put(0, y / 1000 % 10); put(1, y / 100 % 10); put(2, y / 10 % 10); put(3, y % 10)
            buffer[4] = UInt8(ascii: "-")
            put(5, m / 10); put(6, m % 10)
            buffer[7] = UInt8(ascii: "-")
            put(8, d / 10); put(9, d % 10)
            return 10
        }
    }

    /// A uniform date in `from...to` (`from` when the range is empty).
    static func random(from: SyntheticDate, to: SyntheticDate, using random: inout SplitMix64) -> SyntheticDate {
        guard to.day > from.day else { return from }
        return SyntheticDate(day: from.day + random.below(to.day - from.day + 1))
    }
}
