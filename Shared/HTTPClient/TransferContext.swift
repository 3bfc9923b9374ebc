import Foundation

/// Where one transfer's callbacks put the answer. It lives on the stack of the thread that runs
/// `curl_easy_perform`, and curl calls back on that same thread, so it needs no lock.
final class TransferContext {
    enum Sink {
        /// Keep the body in memory, up to `limit` bytes.
        case memory(limit: Int)
        /// Write the body to an open file.
        case file(descriptor: Int32)
    }

    enum Failure: Equatable {
        case tooLarge(limit: Int)
        case writeFailed(errno: Int32)
    }

    let sink: Sink
    private(set) var body: [UInt8] = []
    private(set) var bytesReceived: Int64 = 0
    private(set) var headers = ClientHeaders()
    private(set) var failure: Failure?

    init(sink: Sink) {
        self.sink = sink
    }

    /// Takes one chunk of the body; false stops the transfer (curl then fails with `CURLE_WRITE_ERROR`).
    func receiveBody(_ chunk: UnsafeRawBufferPointer) -> Bool {
        switch sink {
        case .memory(let limit):
            guard body.count + chunk.count <= limit else {
                failure = .tooLarge(limit: limit)
                return false
            }
            body.append(contentsOf: chunk)
        case .file(let descriptor):
            guard writeFully(chunk, to: descriptor) else { return false }
        }
        bytesReceived += Int64(chunk.count)
        return true
    }

    /// Takes one header line as curl delivers it (status line, fields, the empty line).
    /// A new status line (after `100 Continue`, say) starts a fresh header set.
    func receiveHeaderLine(_ raw: UnsafeRawBufferPointer) {
        var end = raw.count
        while end > 0, raw[end - 1] == 0x0A || raw[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: UnsafeRawBufferPointer(rebasing: raw[..<end]), as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            headers = ClientHeaders()
            return
        }
        guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
              let first = line.first, first != " ", first != "\t"
        else { return }
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        headers.add(name, value)
    }

    private func writeFully(_ chunk: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < chunk.count {
            let written = write(descriptor, chunk.baseAddress.map { $0 + offset }, chunk.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = .writeFailed(errno: errno)
                return false
            }
            offset += written
        }
        return true
    }
}
