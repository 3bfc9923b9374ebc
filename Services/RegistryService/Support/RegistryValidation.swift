import ServiceKit

/// The Registry's validation codes (`catalogue.md` §6.3, `REG.VLD-0000n`).
extension ValidationFailure {
    static func invalidParent(path: String) -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00001",
                          title: "`overordnetEnhet` is missing or is not an existing, active hovedenhet.",
                          detail: "\(path) must name an existing, active hovedenhet.", paths: [path])
    }

    static func invalidForm(_ value: String, path: String) -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00002",
                          title: "Unknown organisasjonsform, or a form not allowed for this kind of unit.",
                          detail: "'\(value)' is not an organisasjonsform allowed here.", paths: [path])
    }

    static func unknownRoleType(_ value: String, path: String) -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00003", title: "Unknown role type code.",
                          detail: "'\(value)' is not a role type.", paths: [path])
    }

    static func holderNotExactlyOne(path: String) -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00004", title: "A role must have exactly one of `person` and `enhet`.",
                          detail: "\(path) must have exactly one of person and enhet.", paths: [path])
    }

    static func unknownHolderUnit(_ value: String, path: String) -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00005", title: "The role holder unit does not exist in the Registry.",
                          detail: "\(value) is not a hovedenhet in the Registry.", paths: [path])
    }

    static func invalidDate(path: String) -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00006", title: "A date is not `YYYY-MM-DD`.",
                          detail: "\(path) must be a date YYYY-MM-DD.", paths: [path])
    }

    static func invalidIndustryCode(path: String) -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00007", title: "A næringskode is not `NN.NNN`.",
                          detail: "\(path) must be NN.NNN.", paths: [path])
    }

    static func holderOrUnit() -> ValidationFailure {
        ValidationFailure(code: "REG.VLD-00008", title: "Exactly one of `holder` and `unit` must be given.",
                          detail: "Give exactly one of holder and unit.", paths: ["?holder", "?unit"])
    }

    static func wrongType(path: String, expected: String) -> ValidationFailure {
        invalidJSON(path: path, detail: "\(path) must be \(expected).")
    }
}
