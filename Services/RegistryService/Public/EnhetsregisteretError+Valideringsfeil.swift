/// The `valideringsfeil` elements of the public API's 400 answers (`registry.md` §3.1, §3.4, §3.7).
extension EnhetsregisteretError.Valideringsfeil {
    static func invalidOrganizationNumber(_ value: String, parameter: String) -> Self {
        Self(feilmelding: "Organisasjonsnummer \(value) er ugyldig", parametere: [parameter], feilaktigVerdi: value)
    }

    static func invalidIndustryCode(_ value: String) -> Self {
        Self(feilmelding: "Næringskode \(value) er ugyldig", parametere: ["naeringskode"], feilaktigVerdi: value)
    }

    static func invalidMunicipality(_ value: String) -> Self {
        Self(feilmelding: "Kommunenummer \(value) er ugyldig", parametere: ["kommunenummer"], feilaktigVerdi: value)
    }

    static func tooManyValues(parameter: String, raw: String) -> Self {
        Self(feilmelding: "For mange verdier for \(parameter) (maks 1000)", parametere: [parameter], feilaktigVerdi: raw)
    }

    static func invalidValue(parameter: String, raw: String) -> Self {
        Self(feilmelding: "Ugyldig verdi for \(parameter): \(raw)", parametere: [parameter], feilaktigVerdi: raw)
    }

    /// `(page + 1) × size` above 10000, reported with `page` and `size` as sent.
    static func depthExceeded(page: String, size: String) -> Self {
        Self(feilmelding: "Maks dybde (page*size) er 10000", parametere: ["page", "size"],
             feilaktigVerdi: "\(page)*\(size)")
    }
}
