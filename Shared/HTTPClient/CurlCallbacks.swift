import CCurl

/// The C callbacks of a transfer. Their `userdata` is an unretained `TransferContext`, kept alive
/// by the caller for the whole of `curl_easy_perform`.
enum CurlCallbacks {
    static let body: ccurl_data_callback = { data, size, count, userdata in
        let length = size * count
        guard let userdata else { return 0 }
        let context = Unmanaged<TransferContext>.fromOpaque(userdata).takeUnretainedValue()
        return context.receiveBody(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
    }

    static let header: ccurl_data_callback = { data, size, count, userdata in
        let length = size * count
        guard let userdata else { return 0 }
        let context = Unmanaged<TransferContext>.fromOpaque(userdata).takeUnretainedValue()
        context.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
        return length
    }
}
