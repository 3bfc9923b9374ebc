/// What `HTTPClient.download` wrote: the body went to the file, never to memory.
public struct DownloadResult: Sendable {
    public let status: Int
    public let headers: ClientHeaders
    public let bytesWritten: Int64
}
