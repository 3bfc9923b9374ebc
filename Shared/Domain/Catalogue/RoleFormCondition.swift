/// The right-hand column of a row of `catalogue.md` §2: `role` gives the row's packages only when the
/// unit U where it is held has one of `forms` as its organisasjonsform (for example FFØR when U is `NUF`).
public struct RoleFormCondition: Hashable, Sendable {
    public let role: String
    public let forms: [String]

    public init(role: String, forms: [String]) {
        self.role = role
        self.forms = forms
    }
}
