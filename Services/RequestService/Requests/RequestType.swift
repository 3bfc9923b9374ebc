/// Standard requests act for the customer itself, agent requests for its clients (`requests.md` §4).
enum RequestType: String, Sendable, CaseIterable {
    case standard, agent

    /// The path of the approval page in `confirmUrl` (§4.2).
    var confirmPath: String {
        switch self {
        case .standard: return "/accessmanagement/ui/systemuser/request"
        case .agent: return "/accessmanagement/ui/systemuser/agentrequest"
        }
    }

    /// The vendor path of a request of this type (`Location`, §4.4 step 12; `links.next`, §4.5).
    var vendorBase: String {
        switch self {
        case .standard: return RequestRoutes.base + "/vendor"
        case .agent: return RequestRoutes.base + "/vendor/agent"
        }
    }
}
