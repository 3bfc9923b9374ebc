/// The ER role to package rules of `catalogue.md` §2: which packages the holder (a person or an
/// organisation) of an **active** role (`RoleActivity`) in unit U holds **for U**. Role and
/// organisasjonsform codes are compared exactly (`"DAGL"`, `"FFØR"`, `"NUF"`).
///
/// What callers must add themselves:
/// - **Subunits.** Rights held for a hovedenhet also apply to each of its underenheter
///   (`overordnetEnhet`), never the other way. Apply the rules with the organisasjonsform of the unit
///   where the role is held, then let the result count for that unit's underenheter too.
/// - **Explicit grants** (`delegation.md` §5) add packages on top of these rules.
public enum ERRoleRules {
    /// KEY, the key roles.
    public static let keyRoles = ["DAGL", "LEDE", "INNH", "DTSO", "DTPR", "KOMP", "BEST", "BOBE"]

    /// The table of §2, row by row.
    public static let rules: [ERRoleRule] = {
        let key = keyRoles
        let ffoerInNUF = RoleFormCondition(role: "FFØR", forms: ["NUF"])
        return [
            ERRoleRule(packageCodes: ["hovedadministrator"], roles: ["DAGL", "LEDE", "INNH", "DTSO", "DTPR", "BOBE"]),
            ERRoleRule(packageCodes: ["tilgangsstyrer"], roles: key + ["KNUF", "REPR"]),
            ERRoleRule(packageCodes: ["klientadministrator"], roles: key),
            ERRoleRule(packageCodes: ["maskinporten-administrator"], roles: key + ["KNUF"]),
            ERRoleRule(packageCodes: ["maskinporten-scopes"], roles: key),
            ERRoleRule(packageCodes: ["skatt-naering", "skattegrunnlag", "merverdiavgift", "krav-og-utlegg", "saeravgifter",
                                      "a-ordning", "oppgi-naermeste-leder"],
                       roles: key + ["KNUF", "REPR"], condition: ffoerInNUF),
            ERRoleRule(packageCodes: ["lonn-personopplysninger-saerlig-kategori"],
                       roles: ["DAGL", "LEDE", "DTSO", "DTPR", "KOMP", "BEST", "BOBE", "KNUF", "REPR"],  // not INNH
                       condition: ffoerInNUF),
            ERRoleRule(packageCodes: ["kreditt-og-oppgjoer", "toll", "regnskap-okonomi-rapport", "revisorattesterer", "lonn",
                                      "sykefravaer", "ansettelsesforhold", "ordinaer-post-til-virksomheten",
                                      "aksjer-og-eierforhold", "jordbruk"],
                       roles: key),
            ERRoleRule(packageCodes: ["starte-drive-endre-avvikle-virksomhet"],
                       roles: ["DAGL", "LEDE", "INNH", "DTSO", "DTPR", "KOMP", "BEST"]),  // not BOBE
            ERRoleRule(packageCodes: ["tjenester-nuf"], roles: ["KNUF", "REPR"], condition: ffoerInNUF),
            ERRoleRule(packageCodes: ["ffor-tilgangsstyrer-nuf"], roles: [], condition: ffoerInNUF),
            ERRoleRule(packageCodes: ["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet",
                                      "regnskapsforer-lonn"],
                       roles: ["REGN"]),
            ERRoleRule(packageCodes: ["ansvarlig-revisor", "revisormedarbeider"], roles: ["REVI"]),
            ERRoleRule(packageCodes: ["forretningsforer-eiendom"], roles: [],
                       condition: RoleFormCondition(role: "FFØR", forms: ["ESEK", "BRL"])),
            ERRoleRule(packageCodes: ["konkursbo-tilgangsstyrer", "post-til-virksomheten-med-taushetsbelagt-innhold",
                                      "eksplisitt"],
                       roles: []),
        ]
    }()

    /// The roles named anywhere in §2: KEY, KNUF, REPR, REGN, REVI and FFØR. Holding one of them in C makes
    /// C a client of the holder (`catalogue.md` §3), even when it gives no package for C's form.
    public static let relationshipRoles: Set<String> = Set(rules.flatMap(\.namedRoles))

    public static func isRelationshipRole(_ role: String) -> Bool { relationshipRoles.contains(role) }

    /// The packages an active `role` held in a unit of organisasjonsform `unitForm` gives, in catalogue order.
    /// Roles not named in §2 (`MEDL`, `SIGN`, …) give none.
    public static func packages(role: String, unitForm: String) -> [AccessPackage] {
        guard let table = byRole[role] else { return [] }
        return table.byForm[unitForm] ?? table.always
    }

    /// The union for several roles held in one unit, in catalogue order.
    public static func packages(roles: some Sequence<String>, unitForm: String) -> [AccessPackage] {
        AccessPackageCatalogue.inCatalogueOrder(roles.flatMap { packages(role: $0, unitForm: unitForm) })
    }

    public static func gives(_ package: AccessPackage, role: String, unitForm: String) -> Bool {
        packages(role: role, unitForm: unitForm).contains(package)
    }

    // MARK: precomputed per role (decisions are a hot path)

    private struct RolePackages {
        var always: [AccessPackage]
        var byForm: [String: [AccessPackage]]
    }

    private static let byRole: [String: RolePackages] = {
        var table: [String: RolePackages] = [:]
        for role in relationshipRoles {
            let always = rules.filter { $0.roles.contains(role) }.flatMap(\.packageCodes)
            var byForm: [String: [AccessPackage]] = [:]
            for rule in rules {
                guard let condition = rule.condition, condition.role == role else { continue }
                for form in condition.forms { byForm[form, default: []] += resolve(rule.packageCodes) }
            }
            let alwaysPackages = resolve(always)
            table[role] = RolePackages(
                always: AccessPackageCatalogue.inCatalogueOrder(alwaysPackages),
                byForm: byForm.mapValues { AccessPackageCatalogue.inCatalogueOrder($0 + alwaysPackages) })
        }
        return table
    }()

    private static func resolve(_ codes: [String]) -> [AccessPackage] {
        codes.compactMap(AccessPackageCatalogue.package(code:))
    }
}
