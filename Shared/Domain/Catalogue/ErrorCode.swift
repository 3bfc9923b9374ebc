/// One error code of `catalogue.md` §6: its HTTP status and its title, which is part of the contract and
/// copied character for character (the real platform's spelling included, "occured" and all).
public struct ErrorCode: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    /// The HTTP statuses of the table: one, two for `STD-00503` (503 or 504), none for validation codes
    /// (they travel inside a 400 `STD-00000`) and for reserved ranges marked "–".
    public let statuses: [Int]
    public let title: String
    /// Further titles of a number with several meanings (`AUTH.VLD-00014`: "System user not found").
    public let alternativeTitles: [String]
    /// A note the table adds in parentheses after the title(s); not part of any title.
    public let remark: String?
    /// Kept for its number and meaning, but raised by no path of this contract. For codes listed only as a
    /// range, `title` is the range's description, not a real title.
    public let isReserved: Bool
    public let section: ErrorCodeSection

    init(code: String, statuses: [Int], title: String, alternativeTitles: [String] = [], remark: String? = nil,
         isReserved: Bool = false, section: ErrorCodeSection) {
        self.code = code
        self.statuses = statuses
        self.title = title
        self.alternativeTitles = alternativeTitles
        self.remark = remark
        self.isReserved = isReserved
        self.section = section
    }

    /// The usual HTTP status (the first listed), or nil for validation codes.
    public var status: Int? { statuses.first }

    /// A code of an element of `validationErrors` (`….VLD-nnnnn`).
    public var isValidation: Bool { code.contains(".VLD-") }

    /// The problem `type`: `urn:altinn:error:<code>`.
    public var type: String { "urn:altinn:error:" + code }

    public var description: String { code }
}
