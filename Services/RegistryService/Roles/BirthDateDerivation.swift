/// Derives `fodselsdato` from a fødselsnummer (§5.4): day − 40 when ≥ 41 (D-number); month − 80 when
/// ≥ 81 (Tenor synthetic), else − 40 when ≥ 41; the century from the individnummer.
enum BirthDateDerivation {
    /// The date, or nil when the number yields no valid date.
    static func fodselsdato(_ fodselsnummer: String) -> CalendarDate? {
        let digits = fodselsnummer.utf8.map { Int($0) - 48 }
        guard digits.count == 11, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        var day = digits[0] * 10 + digits[1]
        var month = digits[2] * 10 + digits[3]
        let year = digits[4] * 10 + digits[5]
        let individual = digits[6] * 100 + digits[7] * 10 + digits[8]
        if day >= 41 { day -= 40 }
        if month >= 81 { month -= 80 } else if month >= 41 { month -= 40 }
        guard let century = century(individual: individual, year: year) else { return nil }
        return CalendarDate(year: century + year, month: month, day: day)
    }

    /// 000–499: 1900s; 500–749 with year 54–99: 1800s; 500–999 with year 00–39: 2000s;
    /// 900–999 with year 40–99: 1900s; anything else has no century.
    static func century(individual: Int, year: Int) -> Int? {
        switch (individual, year) {
        case (0...499, _): return 1900
        case (500...749, 54...99): return 1800
        case (500...999, 0...39): return 2000
        case (900...999, 40...99): return 1900
        default: return nil
        }
    }
}
