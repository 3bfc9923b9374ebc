/// The parser's limits (`spec/README.md` §Common rules, HTTP limits).
public struct HTTPParserLimits: Sendable, Equatable {
    /// Request line plus header fields, in bytes (431 beyond it).
    public var maxHeaderBytes: Int = 16 * 1024
    /// Number of header fields (431 beyond it).
    public var maxHeaders: Int = 100
    /// Body bytes after de-chunking (413 beyond it).
    public var maxBodyBytes: Int = 1024 * 1024
    /// Request-target length (414 beyond it).
    public var maxTargetBytes: Int = 8 * 1024

    public init(maxHeaderBytes: Int = 16 * 1024, maxHeaders: Int = 100,
                maxBodyBytes: Int = 1024 * 1024, maxTargetBytes: Int = 8 * 1024) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaders = maxHeaders
        self.maxBodyBytes = maxBodyBytes
        self.maxTargetBytes = maxTargetBytes
    }
}
