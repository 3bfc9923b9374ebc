import HTTPServer
import JSON
import ServiceKit

/// Reads the body of `PUT /internal/enheter|underenheter/{orgnr}` (§5.4) into a `UnitDocument`,
/// collecting every failure (paths are JSON pointers). `_links`, `slettedato` and fields outside the
/// kind's shape are ignored; `null` counts as absent.
struct UnitBodyReader {
    let kind: OrganisationForm.UnitKind
    let organisasjonsnummer: String
    /// The stored unit with a number, for an underenhet's `overordnetEnhet` (must be an active enhet).
    let findUnit: (String) throws -> UnitRow?

    func read(_ body: JSONValue) throws -> UnitDocument {
        try read(UnitBodyMembers(body, kind: kind))
    }

    /// Reads a body whose members were already found (the import finds them once for its own checks too).
    func read(_ body: UnitBodyMembers) throws -> UnitDocument {
        var failures = ValidationFailures()
        checkNumber(body, &failures)
        let navn = readName(body, &failures)
        let form = readForm(body, &failures)
        var members: [(String, JSONValue)] = []
        let countsEmployees = body["harRegistrertAntallAnsatte"]?.boolValue == true
        for (index, field) in UnitField.optionalFields(kind).enumerated() {
            guard let value = body[field: index], !value.isNull else {
                if field.type == .parent, kind == .underenhet { failures.add(.invalidParent(path: "/overordnetEnhet")) }
                continue
            }
            if field.type == .employees, !countsEmployees { continue }
            if let stored = try readField(field, value, &failures) { members.append((field.name, stored)) }
        }
        try failures.check()
        guard let navn, let form else { throw ProblemDetails.internalError() }
        return UnitDocument(kind: kind, organisasjonsnummer: organisasjonsnummer, navn: navn, form: form,
                            optionalMembers: members)
    }

    private func checkNumber(_ body: UnitBodyMembers, _ failures: inout ValidationFailures) {
        guard let value = body["organisasjonsnummer"], !value.isNull else { return }
        guard let number = value.stringValue else {
            failures.add(.wrongType(path: "/organisasjonsnummer", expected: "a string"))
            return
        }
        if number != organisasjonsnummer {
            failures.add(.invalidValue(path: "/organisasjonsnummer",
                                       detail: "/organisasjonsnummer must equal the number in the path."))
        }
    }

    private func readName(_ body: UnitBodyMembers, _ failures: inout ValidationFailures) -> String? {
        guard let value = body["navn"], !value.isNull else {
            failures.add(.missing(path: "/navn"))
            return nil
        }
        guard let navn = value.stringValue else {
            failures.add(.wrongType(path: "/navn", expected: "a string"))
            return nil
        }
        if navn.isEmpty {
            failures.add(.missing(path: "/navn"))
            return nil
        }
        if navn.count > 180 {
            failures.add(.tooLong(path: "/navn", maximum: 180))
            return nil
        }
        return navn
    }

    /// The bare code string or `{kode}`; `beskrivelse` always comes from §9.1.
    private func readForm(_ body: UnitBodyMembers, _ failures: inout ValidationFailures) -> OrganisationForm? {
        guard let value = body["organisasjonsform"], !value.isNull else {
            failures.add(.missing(path: "/organisasjonsform"))
            return nil
        }
        let code: String
        switch value {
        case .string(let text):
            code = text
        case .object:
            guard let kode = value["kode"], !kode.isNull else {
                failures.add(.missing(path: "/organisasjonsform/kode"))
                return nil
            }
            guard let text = kode.stringValue else {
                failures.add(.wrongType(path: "/organisasjonsform/kode", expected: "a string"))
                return nil
            }
            code = text
        default:
            failures.add(.wrongType(path: "/organisasjonsform", expected: "a code string or an object {kode}"))
            return nil
        }
        guard let form = OrganisationForm.byCode[code], form.kind == kind else {
            failures.add(.invalidForm(code, path: "/organisasjonsform"))
            return nil
        }
        return form
    }
}
