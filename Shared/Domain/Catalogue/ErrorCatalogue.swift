/// The error codes of `catalogue.md` §6, compiled into the binary: code → HTTP status and title.
/// Reserved codes are included and flagged (`ErrorCode.isReserved`); ranges of reserved numbers are listed
/// one code at a time.
public enum ErrorCatalogue {
    /// Every code, in the order of the tables (§6.1, §6.2, §6.3, §6.4).
    public static let all: [ErrorCode] = platformTable + contractTable + validationTable + transportTable

    private static let byCode: [String: ErrorCode] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The entry for `code` (exact, for example `AUTH-00063` or `AUTH.VLD-00003`), or nil.
    public static func entry(_ code: String) -> ErrorCode? { byCode[code] }

    /// The codes of one table.
    public static func codes(in section: ErrorCodeSection) -> [ErrorCode] { all.filter { $0.section == section } }

    // MARK: §6.2 `AUTH-001nn`

    static let contractTable: [ErrorCode] = [
        contract("AUTH-00100", [403], "The user does not hold the access package this operation requires."),
        contract("AUTH-00101", [401], "The bearer token is missing, malformed, expired or not trusted."),
        contract("AUTH-00102", [403], "The token is of the wrong kind or lacks a required scope."),
        contract("AUTH-00103", [403], "The system belongs to another vendor."),
        contract("AUTH-00104", [409], "An approval of this request is already in progress."),
        contract("AUTH-00105", [404], "System Owner not Found"),
        contract("AUTH-00106", [404], "Party not found"),
        contract("AUTH-00107", [409], "The system user is deleted."),
    ]

    // MARK: §6.4 `STD-00nnn`

    static let transportTable: [ErrorCode] = [
        transport("STD-00000", [400], "One or more validation errors occurred."),
        transport("STD-00400", [400], "Malformed HTTP request."),
        transport("STD-00404", [404], "No such route."),
        transport("STD-00405", [405], "Method not allowed."),
        transport("STD-00406", [406], "Not acceptable."),
        transport("STD-00408", [408], "Request timeout."),
        transport("STD-00413", [413], "Request body too large."),
        transport("STD-00414", [414], "URI too long."),
        transport("STD-00415", [415], "Unsupported media type."),
        transport("STD-00431", [431], "Request header fields too large."),
        transport("STD-00500", [500], "Internal error."),
        transport("STD-00501", [501], "Not implemented."),
        transport("STD-00503", [503, 504], "A peer service is unavailable."),
        transport("STD-00505", [505], "HTTP version not supported."),
    ]

    private static func contract(_ code: String, _ statuses: [Int], _ title: String, reserved: Bool = false) -> ErrorCode {
        ErrorCode(code: code, statuses: statuses, title: title, isReserved: reserved, section: .contract)
    }

    private static func transport(_ code: String, _ statuses: [Int], _ title: String, reserved: Bool = false) -> ErrorCode {
        ErrorCode(code: code, statuses: statuses, title: title, isReserved: reserved, section: .transport)
    }
}
