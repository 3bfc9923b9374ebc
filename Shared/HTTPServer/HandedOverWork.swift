/// What the event loop leaves on a connection when it hands the connection to a worker in the middle
/// of an exchange. The worker finishes it before it reads or parses anything else.
enum HandedOverWork {
    /// A parsed request whose route runs on a worker (or whose handler threw `WorkerRequired`).
    case request(HTTPRequest)
    /// A response the socket could not take whole without waiting: the bytes still to send, and what
    /// to do with the connection after them.
    case output([UInt8], ResponseWriter.Outcome)
    /// A streamed response, which is written on a worker because the stream may wait on the client.
    case response(HTTPResponse, extraHeaders: HTTPHeaders?, ResponseWriter.Exchange)
}
