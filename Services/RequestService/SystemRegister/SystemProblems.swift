import Domain
import HTTPServer

/// The route-level problems of the system register.
enum SystemProblems {
    static func notFound(_ systemId: String) -> ProblemDetails {
        problem(404, "AUTH-00011", detail: "No registered system has the id '\(systemId)'.")
    }

    static func foreignVendor(_ systemId: String) -> ProblemDetails {
        problem(403, "AUTH-00103", detail: "The system '\(systemId)' belongs to another vendor.")
    }

    static func foreignVendorBody() -> ProblemDetails {
        problem(403, "AUTH-00103", detail: "vendor.ID is not the token's organisation.")
    }

    /// `STD.VLD-00005` at `/`: the body is not a JSON object (or array, where one is expected).
    static func notJSON(expected: String) -> ProblemDetails {
        SystemFailures.single(.id, "STD.VLD-00005", detail: "The body must be a JSON \(expected).", path: "/")
    }

    static func deleted(_ systemId: String) -> ProblemDetails {
        SystemFailures.single(.id, "AUTH.VLD-00103", detail: "The system '\(systemId)' is deleted.", path: "{systemId}")
    }

    private static func problem(_ status: Int, _ code: String, detail: String) -> ProblemDetails {
        ProblemDetails(status: status, code: code, title: ErrorCatalogue.entry(code)?.title ?? code, detail: detail)
    }
}
