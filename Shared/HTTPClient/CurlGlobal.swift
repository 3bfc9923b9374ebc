import CCurl

/// `curl_global_init` must run once per process before any handle exists. A static `let` is
/// initialised lazily and exactly once, even when first touched from several threads.
enum CurlGlobal {
    static let isReady: Bool = ccurl_global_init_all() == CURLE_OK
}
