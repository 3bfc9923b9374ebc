/// The table of `catalogue.md` §6 a code is listed in.
public enum ErrorCodeSection: String, Hashable, Sendable, CaseIterable {
    /// §6.1 `AUTH-000nn`: problems from the real platform.
    case platform
    /// §6.2 `AUTH-001nn`: problems added by this contract.
    case contract
    /// §6.3: codes inside `validationErrors` (`AUTH.VLD`, `STD.VLD`, `AM.VLD`, `REG.VLD`), and the
    /// Registry's internal-endpoint problems `REG-0000n`, which are listed there too.
    case validation
    /// §6.4 `STD-00nnn`: transport and platform problems.
    case transport
}
