import Foundation

extension Array where Element == UInt8 {
    var hex: String { map { String(format: "%02X", $0) }.joined() }
}
