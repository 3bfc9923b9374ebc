import HTTPServer

/// The Registry's own problems on internal endpoints (`catalogue.md` §6.3, `REG-0000n`).
enum RegistryProblem {
    static func unitNotFound(_ orgnr: String) -> ProblemDetails {
        ProblemDetails(status: 404, code: "REG-00001", title: "The unit does not exist.",
                       detail: "No unit with organisasjonsnummer \(orgnr).")
    }

    static func unitNotActive(_ orgnr: String) -> ProblemDetails {
        ProblemDetails(status: 409, code: "REG-00002",
                       title: "The unit is deleted or removed; its roles cannot be changed.",
                       detail: "The unit \(orgnr) is deleted or removed.")
    }

    static func otherKind(_ orgnr: String, existing: OrganisationForm.UnitKind) -> ProblemDetails {
        ProblemDetails(status: 409, code: "REG-00004",
                       title: "The organisation number is already used by a unit of the other kind (enhet vs underenhet).",
                       detail: "\(orgnr) is an \(existing.rawValue).")
    }
}
