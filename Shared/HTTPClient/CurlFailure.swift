import CCurl

/// A libcurl result other than `CURLE_OK`, with the text of the handle's error buffer.
struct CurlFailure: Error {
    let code: CURLcode
    let message: String
}
