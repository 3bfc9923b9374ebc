import Domain
import HTTPServer
import JSON

/// `approval.md` §4.1 step 10, second part: the request must still fit its system (the rules of
/// `requests.md` §4.4 steps 10–11), the first failure answering alone.
enum RequestConsistency {
    static func check(_ request: SystemUserRequest, against system: RegisteredSystemInfo) throws {
        if request.type == .standard {
            let systemRights = Set(system.rights)
            var seen = Set<String>()
            let notFound = request.rights.filter { !systemRights.contains($0) }
                .flatMap { $0.resource.map(\.value) }.filter { seen.insert($0).inserted }
            if !notFound.isEmpty {
                throw ApprovalProblems.problem("AUTH-00001", "Requested rights are no longer in the system.",
                                               [("notFoundRights", JSONValue(notFound))])
            }
        }
        let systemPackages = Set(system.accessPackages)
        let notFoundPackages = request.accessPackages.filter { !systemPackages.contains($0) }
        if !notFoundPackages.isEmpty {
            throw ApprovalProblems.problem("AUTH-00063", "Requested packages are no longer in the system.",
                                           [("NotFoundPackages", JSONValue(notFoundPackages))])
        }
        let agent = request.type == .agent
        let unfit = request.accessPackages.filter { urn in
            guard let package = AccessPackageCatalogue.package(urn: urn) else { return true }
            return agent ? !package.isDelegable : !package.isAssignable
        }
        if !unfit.isEmpty {
            throw ApprovalProblems.problem(agent ? "AUTH-00065" : "AUTH-00064", "Packages cannot be delegated here.",
                                           [("NotDelegablePackages", JSONValue(unfit))])
        }
    }
}
