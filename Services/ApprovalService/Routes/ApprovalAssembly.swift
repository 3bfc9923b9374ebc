import Foundation
import HTTPClient
import HTTPServer
import ServiceKit

/// Builds the service's parts once at start-up (`approval.md`): peers, store, workflow, reconciler, routes.
enum ApprovalAssembly {
    static func install(_ router: inout Router, service: ServiceContext) throws {
        let settings = try ApprovalSettings(environment: service.configuration.environment)
        let store = SystemUserStore(database: try service.requireDatabase())
        let requests = HTTPRequestServicePeer(client: service.makeClient(for: .requests), baseURL: service.baseURL(of: .requests))
        let delegation = HTTPDelegationPeer(client: service.makeClient(for: .delegation),
                                            baseURL: service.baseURL(of: .delegation))
        let registry = HTTPRegistryPeer(client: service.makeClient(for: .registry), baseURL: service.baseURL(of: .registry))
        let locks = RequestLocks()
        let workflow = ApprovalWorkflow(store: store, registry: registry, requests: requests, delegation: delegation,
                                        locks: locks, faults: FaultInjector(armed: settings.fault),
                                        loggedOutURL: service.configuration.loggedOutURL)
        let outbox = OutboxDelivery(store: store, requests: requests, logger: service.logger)
        let reconciler = Reconciler(store: store, completion: workflow.completion, outbox: outbox, locks: locks)
        let decisions = DecisionMetrics(metrics: service.metrics)
        let routes = ApprovalRoutes(workflow: workflow, directory: SystemUserDirectory(workflow: workflow, outbox: outbox),
                                    vendors: VendorDirectory(store: store, requests: requests, pageSize: settings.pageSize),
                                    reconciler: reconciler, decisions: decisions, service: service)
        routes.install(&router)
        try page(workflow: workflow, decisions: decisions, settings: settings, service: service).install(&router)
        service.metrics.gauge("approval_creating_users", help: "System users in state creating.") {
            Double((try? store.count(state: .creating)) ?? 0)
        }
        service.metrics.gauge("approval_outbox_pending", help: "Outbox entries not yet delivered.") {
            Double((try? store.outboxCount()) ?? 0)
        }
        startReconciler(reconciler, settings: settings, service: service)
    }

    /// The HTML approval page of §9; the demo login fetches tokens from `TOKEN_ISSUER` when enabled.
    private static func page(workflow: ApprovalWorkflow, decisions: DecisionMetrics, settings: ApprovalSettings,
                             service: ServiceContext) throws -> ApprovalPage {
        let issuer = service.configuration.tokenIssuer
        return ApprovalPage(workflow: workflow, decisions: decisions, sessions: SessionCheck(verifier: service.verifier),
                            csrf: try CSRFGuard(), cookie: SessionCookie(publicURL: service.publicURL),
                            demoLogin: settings.demoLogin
                                ? PersonalTokenSource(issuer: issuer, client: HTTPClient(peer: "tokens")) : nil)
    }

    /// The start-up pass over all `creating` users; `/health/ready` stays `starting` until it ends
    /// (`approval.md` §4.4). Then the periodic passes.
    private static func startReconciler(_ reconciler: Reconciler, settings: ApprovalSettings, service: ServiceContext) {
        let startupDone = StartupFlag()
        service.readiness.setCondition { startupDone.isSet ? nil : .starting }
        let logger = service.logger
        Thread.detachNewThread {
            do { try reconciler.runPass(onlySettled: false) } catch {
                logger.warning("start-up reconcile pass failed", [("error", .string("\(error)"))])
            }
            startupDone.set()
            reconciler.start(every: settings.reconcileSeconds, logger: logger)
        }
    }
}
