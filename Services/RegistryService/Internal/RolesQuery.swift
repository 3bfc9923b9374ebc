import Domain
import HTTPServer
import ServiceKit

/// The parameters of `GET /internal/roles` (§5.1, §5.2): exactly one of `holder` and `unit`
/// (`REG.VLD-00008`, checked before the numbers), and `includeInactive`.
struct RolesQuery: Sendable {
    enum Subject: Sendable {
        case person(String)
        case organisation(String)
        case unit(String)
    }

    let subject: Subject
    let includeInactive: Bool

    init(_ query: QueryParameters) throws {
        var failures = ValidationFailures()
        var includeInactive = false
        if let text = query["includeInactive"], !text.isEmpty {
            switch text.lowercased() {
            case "true": includeInactive = true
            case "false": includeInactive = false
            default: failures.add(.invalidValue(path: "?includeInactive", detail: "includeInactive must be true or false."))
            }
        }
        let holder = query["holder"].flatMap { $0.isEmpty ? nil : $0 }
        let unit = query["unit"].flatMap { $0.isEmpty ? nil : $0 }
        var subject: Subject?
        switch (holder, unit) {
        case (let holder?, nil): subject = Self.holder(holder, &failures)
        case (nil, let unit?):
            if OrganizationNumber.isValid(unit) { subject = .unit(unit) } else {
                failures.add(.invalidOrganizationNumber(unit, path: "?unit"))
            }
        default:
            failures.add(.holderOrUnit())
        }
        try failures.check()
        guard let subject else { throw ProblemDetails.internalError() }
        self.subject = subject
        self.includeInactive = includeInactive
    }

    /// 11 digits: a person (fødselsnummer check); 9 digits: an organisation; anything else is invalid.
    private static func holder(_ text: String, _ failures: inout ValidationFailures) -> Subject? {
        let digits = text.utf8.allSatisfy { (48...57).contains($0) }
        switch (digits, text.utf8.count) {
        case (true, 11):
            if PersonIdentifier.isValid(text) { return .person(text) }
            failures.add(.invalidPersonIdentifier(path: "?holder"))
        case (true, 9):
            if OrganizationNumber.isValid(text) { return .organisation(text) }
            failures.add(.invalidOrganizationNumber(text, path: "?holder"))
        default:
            failures.add(.invalidValue(path: "?holder", detail: "holder must be a fødselsnummer or an organisation number."))
        }
        return nil
    }
}
