import Dispatch
import Foundation
import HTTPServer

/// The stop sequence of `spec/README.md` §Services, Shutdown: on SIGTERM or SIGINT report draining at
/// once, keep serving (with `Connection: close`) for the grace period, then stop accepting, let
/// in-flight requests finish within the timeout, run `closeResources` (the database) and finish.
/// A second signal exits at once with status 1.
final class ShutdownSequence: Sendable {
    private let queue = DispatchQueue(label: "shutdown")
    private let finished = DispatchSemaphore(value: 0)
    nonisolated(unsafe) private var sources: [DispatchSourceSignal] = []
    nonisolated(unsafe) private var signalled = false

    let server: HTTPServer
    let readiness: Readiness
    let graceSeconds: Double
    let timeoutSeconds: Double
    let logger: Logger
    let closeResources: @Sendable () -> Void

    init(server: HTTPServer, readiness: Readiness, graceSeconds: Double, timeoutSeconds: Double,
         logger: Logger, closeResources: @escaping @Sendable () -> Void) {
        self.server = server
        self.readiness = readiness
        self.graceSeconds = graceSeconds
        self.timeoutSeconds = timeoutSeconds
        self.logger = logger
        self.closeResources = closeResources
    }

    /// Installs the handlers. A process that is PID 1 in a container ignores SIGTERM unless it does this.
    func install() {
        queue.sync {
            for number in [SIGTERM, SIGINT] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [unowned self] in self.receive(number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Blocks until the sequence has run to its end.
    func waitUntilFinished() { finished.wait() }

    /// Runs on `queue` only.
    private func receive(_ number: Int32) {
        if signalled {
            logger.warning("second signal, exiting at once", [("signal", .int(Int64(number)))])
            _exit(1)
        }
        signalled = true
        logger.info("draining", [("signal", .int(Int64(number))), ("graceSeconds", .double(graceSeconds))])
        readiness.set(.draining)
        server.beginDraining()
        queue.asyncAfter(deadline: .now() + graceSeconds) { [self] in
            // Shut down off the signal queue, so a second signal is still heard while requests finish.
            Thread.detachNewThread { [self] in
                server.shutdown(timeout: timeoutSeconds)
                closeResources()
                logger.info("stopped")
                finished.signal()
            }
        }
    }
}
