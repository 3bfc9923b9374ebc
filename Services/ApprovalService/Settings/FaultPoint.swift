/// The test-only crash points of `approval.md` §4.5.
enum FaultPoint: String, Sendable, CaseIterable {
    case afterLocalInsert = "after-local-insert"
    case afterDelegationPush = "after-delegation-push"
    case afterRequestAccepted = "after-request-accepted"
}
