import CCurl

/// One libcurl easy handle with its error buffer. curl keeps live keep-alive connections per handle,
/// so reusing a handle reuses its connection.
///
/// Not thread-safe: `EasyHandlePool` lends each handle to one thread at a time, which is the
/// invariant behind `@unchecked Sendable`.
final class CurlEasy: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init?() {
        guard CurlGlobal.isReady, let handle = curl_easy_init() else { return nil }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// Forgets the previous transfer's options; live connections and the DNS cache stay.
    /// Signals stay off on every handle: curl must not use SIGALRM in a multi-threaded process.
    func reset() throws(CurlFailure) {
        curl_easy_reset(handle)
        errorBuffer[0] = 0
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
    }

    func set(_ option: CURLoption, _ value: Int) throws(CurlFailure) {
        try check(ccurl_setopt_long(handle, option, value))
    }

    /// curl copies string options (all but `CURLOPT_POSTFIELDS`, which this type never sets).
    func set(_ option: CURLoption, _ value: String) throws(CurlFailure) {
        try check(ccurl_setopt_string(handle, option, value))
    }

    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws(CurlFailure) {
        try check(ccurl_setopt_pointer(handle, option, pointer))
    }

    func set(_ option: CURLoption, list: UnsafeMutablePointer<curl_slist>?) throws(CurlFailure) {
        try check(ccurl_setopt_slist(handle, option, list))
    }

    func set(_ option: CURLoption, offset: Int64) throws(CurlFailure) {
        try check(ccurl_setopt_offset(handle, option, curl_off_t(offset)))
    }

    func set(_ option: CURLoption, callback: ccurl_data_callback) throws(CurlFailure) {
        try check(ccurl_setopt_data_callback(handle, option, callback))
    }

    /// Sends `bytes` as the request body; curl copies them, so they need not outlive this call.
    func setBody(_ bytes: [UInt8]) throws(CurlFailure) {
        try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: Int64(bytes.count))
        let copy = bytes.isEmpty ? [0] : bytes
        let code = copy.withUnsafeBytes { buffer in
            ccurl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: buffer.baseAddress))
        }
        try check(code)
    }

    /// Runs the transfer on the calling thread.
    func perform() throws(CurlFailure) {
        try check(curl_easy_perform(handle))
    }

    /// A `long` info value of the last transfer, or 0 when curl does not know it.
    func info(_ info: CURLINFO) -> Int {
        var value = 0
        return ccurl_getinfo_long(handle, info, &value) == CURLE_OK ? value : 0
    }

    private func check(_ code: CURLcode) throws(CurlFailure) {
        guard code != CURLE_OK else { return }
        let buffered = String(cString: errorBuffer)
        let message = buffered.isEmpty ? String(cString: curl_easy_strerror(code)) : buffered
        throw CurlFailure(code: code, message: message)
    }
}
