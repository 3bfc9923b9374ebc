/// Thrown by a handler that runs on the event loop thread (`context.requireWorker()`) when it finds it
/// must wait, for example for another service on a cache miss. The server then runs the request again,
/// from the start, on a worker thread, so the handler must throw it before any side effect.
public struct WorkerRequired: Error {
    public init() {}
}
