import CCurl

extension HTTPClient {
    /// The limits of one attempt.
    enum TransferMode {
        /// A buffered call: the whole attempt must finish within `timeout` (nil: no limit).
        case buffered(timeout: Duration?)
        /// A streamed download: no total limit unless the caller's deadline sets one, but it fails
        /// when it stalls below 1 byte/s for `stall`, and on any status of 400 or more.
        case download(timeout: Duration?, stall: Duration)
    }

    /// Runs one attempt on a pooled handle and returns the status; the answer is in `context`.
    func transfer(
        _ request: ClientRequest, headerLines: [String], into context: TransferContext, mode: TransferMode
    ) throws(HTTPClientError) -> Int {
        guard let easy = pool.checkOut() else {
            throw .transport(peer: peer, code: Int(CURLE_FAILED_INIT.rawValue), message: "curl_easy_init failed")
        }
        defer { pool.checkIn(easy) }
        guard let list = Self.makeList(headerLines) else {
            throw .transport(peer: peer, code: Int(CURLE_OUT_OF_MEMORY.rawValue), message: "curl_slist_append failed")
        }
        defer { curl_slist_free_all(list) }

        return try withExtendedLifetime(context) { () throws(HTTPClientError) -> Int in
            let userdata = Unmanaged.passUnretained(context).toOpaque()
            do throws(CurlFailure) {
                try configure(easy, for: request, headers: list, userdata: userdata, mode: mode)
            } catch {
                throw .transport(peer: peer, code: Int(error.code.rawValue), message: error.message)
            }
            attemptsMade.add(1, ordering: .relaxed)
            do throws(CurlFailure) {
                defer { connectionsOpened.add(easy.info(CURLINFO_NUM_CONNECTS), ordering: .relaxed) }
                try easy.perform()
            } catch {
                throw classify(error, on: easy, context: context, request: request)
            }
            return easy.info(CURLINFO_RESPONSE_CODE)
        }
    }

    private func configure(
        _ easy: CurlEasy, for request: ClientRequest, headers: UnsafeMutablePointer<curl_slist>,
        userdata: UnsafeMutableRawPointer, mode: TransferMode
    ) throws(CurlFailure) {
        try easy.reset()
        try easy.set(CURLOPT_URL, request.url)
        try easy.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.milliseconds)
        switch mode {
        case .buffered(let timeout):
            if let timeout { try easy.set(CURLOPT_TIMEOUT_MS, timeout.milliseconds) }
        case .download(let timeout, let stall):
            if let timeout { try easy.set(CURLOPT_TIMEOUT_MS, timeout.milliseconds) }
            try easy.set(CURLOPT_LOW_SPEED_LIMIT, 1)
            try easy.set(CURLOPT_LOW_SPEED_TIME, max(1, Int(stall.components.seconds)))
            try easy.set(CURLOPT_FAILONERROR, 1)
        }
        if let userAgent = configuration.userAgent { try easy.set(CURLOPT_USERAGENT, userAgent) }
        try easy.set(CURLOPT_HTTPHEADER, list: headers)
        try configureMethod(easy, for: request)
        try easy.set(CURLOPT_WRITEFUNCTION, callback: CurlCallbacks.body)
        try easy.set(CURLOPT_WRITEDATA, pointer: userdata)
        try easy.set(CURLOPT_HEADERFUNCTION, callback: CurlCallbacks.header)
        try easy.set(CURLOPT_HEADERDATA, pointer: userdata)
    }

    private func configureMethod(_ easy: CurlEasy, for request: ClientRequest) throws(CurlFailure) {
        if request.method == .head {
            try easy.set(CURLOPT_NOBODY, 1)
            return
        }
        if sendsBody(request) { try easy.setBody(request.body) }
        if request.method != .post, request.method != .get || sendsBody(request) {
            try easy.set(CURLOPT_CUSTOMREQUEST, request.method.rawValue)
        }
    }

    /// Maps a failed perform to the error the caller sees. A timeout before the request went out is
    /// a connect failure (the peer did not answer), unless the caller's deadline is what ran out.
    private func classify(
        _ failure: CurlFailure, on easy: CurlEasy, context: TransferContext, request: ClientRequest
    ) -> HTTPClientError {
        switch failure.code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            return .invalidURL(peer: peer)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT:
            return .connectFailed(peer: peer, detail: failure.message)
        case CURLE_OPERATION_TIMEDOUT:
            let requestSent = easy.info(CURLINFO_REQUEST_SIZE) > 0
            if !requestSent, request.deadline?.hasPassed != true {
                return .connectFailed(peer: peer, detail: failure.message)
            }
            return .timedOut(peer: peer)
        case CURLE_HTTP_RETURNED_ERROR:
            let status = easy.info(CURLINFO_RESPONSE_CODE)
            return status >= 500 ? .serverError(peer: peer, status: status) : .unexpectedStatus(peer: peer, status: status)
        case CURLE_WRITE_ERROR:
            switch context.failure {
            case .tooLarge(let limit): return .responseTooLarge(peer: peer, limit: limit)
            case .writeFailed(let errno): return .fileFailed(peer: peer, path: "", errno: errno)
            case nil: break
            }
        default:
            break
        }
        return .transport(peer: peer, code: Int(failure.code.rawValue), message: failure.message)
    }

    private static func makeList(_ lines: [String]) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                return nil
            }
            list = appended
        }
        return list
    }
}
