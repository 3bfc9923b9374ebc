import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback port that was free a moment ago: for services that must know each other's URLs before
/// either starts (the Request and Approval services call each other).
enum FreePort {
    static func next() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FreePortError.noSocket }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw FreePortError.noSocket }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw FreePortError.noSocket }
        return UInt16(bigEndian: address.sin_port)
    }
}

enum FreePortError: Error {
    case noSocket
}
