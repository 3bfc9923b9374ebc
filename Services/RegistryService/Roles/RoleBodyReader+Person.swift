import Domain
import JSON
import ServiceKit

extension RoleBodyReader {
    /// A role's `person`: `navn.fornavn` and `navn.etternavn` required, `fodselsnummer` optional and
    /// valid, `fodselsdato` given or derived from it.
    func readPerson(_ value: JSONValue, path: String, _ failures: inout ValidationFailures) -> PersonHolder? {
        guard case .object = value else {
            failures.add(.wrongType(path: path, expected: "an object"))
            return nil
        }
        let before = failures.failures.count
        let navn = value["navn"].nonNull
        if let navn, navn.objectValue == nil {
            failures.add(.wrongType(path: path + "/navn", expected: "an object"))
        }
        let fornavn = requiredText(navn?["fornavn"], path: path + "/navn/fornavn", &failures)
        let mellomnavn = optionalText(navn?["mellomnavn"], path: path + "/navn/mellomnavn", &failures)
        let etternavn = requiredText(navn?["etternavn"], path: path + "/navn/etternavn", &failures)
        let fodselsnummer = readIdentifier(value["fodselsnummer"], path: path + "/fodselsnummer", &failures)
        let fodselsdato = readBirthDate(value["fodselsdato"], fodselsnummer: fodselsnummer, path: path, &failures)
        var erDoed = false
        if let flag = value["erDoed"], !flag.isNull {
            if let bool = flag.boolValue { erDoed = bool } else {
                failures.add(.wrongType(path: path + "/erDoed", expected: "a boolean"))
            }
        }
        guard failures.failures.count == before, let fornavn, let etternavn else { return nil }
        return PersonHolder(fodselsnummer: fodselsnummer?.value, fodselsdato: fodselsdato, fornavn: fornavn,
                            mellomnavn: mellomnavn, etternavn: etternavn, erDoed: erDoed)
    }

    /// A present `fodselsnummer`: `value` is nil when it was invalid (then no date is derived from it).
    private func readIdentifier(_ value: JSONValue?, path: String,
                                _ failures: inout ValidationFailures) -> (value: String?, valid: Bool)? {
        guard let value, !value.isNull else { return nil }
        guard let text = value.stringValue, PersonIdentifier.isValid(text) else {
            failures.add(.invalidPersonIdentifier(path: path))
            return (nil, false)
        }
        return (text, true)
    }

    private func readBirthDate(_ value: JSONValue?, fodselsnummer: (value: String?, valid: Bool)?, path: String,
                               _ failures: inout ValidationFailures) -> String? {
        if let value, !value.isNull {
            guard let text = value.stringValue, CalendarDate.isValid(text) else {
                failures.add(.invalidDate(path: path + "/fodselsdato"))
                return nil
            }
            return text
        }
        guard let fodselsnummer, fodselsnummer.valid, let number = fodselsnummer.value else { return nil }
        guard let date = BirthDateDerivation.fodselsdato(number) else {
            failures.add(.invalidDate(path: path + "/fodselsdato"))
            return nil
        }
        return date.description
    }

    private func requiredText(_ value: JSONValue?, path: String, _ failures: inout ValidationFailures) -> String? {
        guard let value, !value.isNull else {
            failures.add(.missing(path: path))
            return nil
        }
        guard let text = value.stringValue else {
            failures.add(.wrongType(path: path, expected: "a string"))
            return nil
        }
        guard !text.isEmpty else {
            failures.add(.missing(path: path))
            return nil
        }
        return text
    }

    private func optionalText(_ value: JSONValue?, path: String, _ failures: inout ValidationFailures) -> String? {
        guard let value, !value.isNull else { return nil }
        guard let text = value.stringValue else {
            failures.add(.wrongType(path: path, expected: "a string"))
            return nil
        }
        return text.isEmpty ? nil : text
    }
}
