extension TokenSigner {
    /// The `urn:altinn:userid` the Token Generator gives a `pid` when none is asked for: FNV-1a (64-bit)
    /// of the pid's UTF-8 bytes folded into 1…2_147_483_646, so the same pid always gives the same number.
    public static func derivedUserId(forPid pid: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in pid.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int64(hash % 2_147_483_646) + 1
    }
}
