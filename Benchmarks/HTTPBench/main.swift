import Foundation
import HTTPServer

/// Serves a fixed 60-byte JSON document on every path, for `wrk` against nginx.
/// Usage: HTTPBench [port] [workerThreads]
struct FixedJSON: Responder {
    static let body = Array(#"{"status":"ok","service":"bench","version":1,"items":[1,2,3]}"#.utf8)
    func respond(to request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        .json(Self.body)
    }
}

let arguments = CommandLine.arguments
var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: arguments.count > 1 ? UInt16(arguments[1]) ?? 8080 : 8080)
if arguments.count > 2, let threads = Int(arguments[2]) { configuration.workerThreads = threads }
let server = HTTPServer(configuration: configuration, responder: FixedJSON())
do {
    try server.start()
} catch {
    FileHandle.standardError.write(Data("HTTPBench: \(error)\n".utf8))
    exit(1)
}
print("listening on http://127.0.0.1:\(server.boundPort) (\(FixedJSON.body.count)-byte body)")
fflush(nil)
server.waitUntilStopped()
