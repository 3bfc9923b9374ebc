import Foundation

extension HTTPClient {
    /// Streams a GET of `url` into the file at `path`. See `download(_:to:)`.
    @discardableResult
    public func download(
        _ url: String, to path: String, headers: ClientHeaders = [:]
    ) throws(HTTPClientError) -> DownloadResult {
        try download(ClientRequest(method: .get, url: url, headers: headers), to: path)
    }

    /// Streams the answer to `request` into the file at `path`, chunk by chunk, never holding the body
    /// in memory. The body goes to `path.partial` first and is renamed to `path` only after a complete
    /// 2xx answer, so `path` never holds half a download. There is no per-attempt time limit (only the
    /// request's deadline, if it has one); a transfer that stalls below 1 byte/s for
    /// `downloadStallTimeout` fails with `.timedOut`.
    @discardableResult
    public func download(_ request: ClientRequest, to path: String) throws(HTTPClientError) -> DownloadResult {
        let lines = try headerLines(for: request)
        let partialPath = path + ".partial"
        let descriptor = open(partialPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .fileFailed(peer: peer, path: partialPath, errno: errno) }
        var isOpen = true
        defer {
            if isOpen { close(descriptor) }
            unlink(partialPath)
        }
        let result = try withRetries(request, attemptLimit: nil) { timeout throws(HTTPClientError) in
            try streamAttempt(request, headerLines: lines, descriptor: descriptor, path: partialPath, timeout: timeout)
        }
        isOpen = false
        guard close(descriptor) == 0 else { throw .fileFailed(peer: peer, path: partialPath, errno: errno) }
        guard rename(partialPath, path) == 0 else { throw .fileFailed(peer: peer, path: path, errno: errno) }
        return result
    }

    private func streamAttempt(
        _ request: ClientRequest, headerLines: [String], descriptor: Int32, path: String, timeout: Duration?
    ) throws(HTTPClientError) -> DownloadResult {
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw .fileFailed(peer: peer, path: path, errno: errno)
        }
        let context = TransferContext(sink: .file(descriptor: descriptor))
        let mode = TransferMode.download(timeout: timeout, stall: configuration.downloadStallTimeout)
        let status: Int
        do {
            status = try transfer(request, headerLines: headerLines, into: context, mode: mode)
        } catch .fileFailed(let peer, _, let code) {
            throw .fileFailed(peer: peer, path: path, errno: code)
        }
        guard (200..<300).contains(status) else { throw .unexpectedStatus(peer: peer, status: status) }
        return DownloadResult(status: status, headers: context.headers, bytesWritten: context.bytesReceived)
    }
}
