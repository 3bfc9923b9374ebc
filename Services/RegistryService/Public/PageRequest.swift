/// `page` and `size` of a paged public list (`registry.md` §3.4): page ≥ 0 (default 0), size 1–10000
/// (default 20), and the depth limit `(page + 1) × size ≤ 10000`.
struct PageRequest: Sendable, Equatable {
    var page: Int
    var size: Int

    static let defaultSize = 20
    static let maximumDepth = 10_000
    static let maximumSize = 10_000

    /// Reads `page` and `size`, appending their failures (and the depth failure, checked only when
    /// both are valid) to `failures`. Nil when any of them failed.
    static func parse(_ query: PublicQuery,
                      into failures: inout [EnhetsregisteretError.Valideringsfeil]) -> PageRequest? {
        let rawPage = query.single("page")
        let rawSize = query.single("size")
        var page: Int? = 0
        var size: Int? = defaultSize
        if let rawPage {
            page = rawPage.malformed ? nil : ParameterFormats.nonNegativeInteger(rawPage.text)
            if page == nil { failures.append(.invalidValue(parameter: "page", raw: rawPage.text)) }
        }
        if let rawSize {
            size = rawSize.malformed ? nil : ParameterFormats.nonNegativeInteger(rawSize.text)
                .flatMap { (1...maximumSize).contains($0) ? $0 : nil }
            if size == nil { failures.append(.invalidValue(parameter: "size", raw: rawSize.text)) }
        }
        guard let page, let size else { return nil }
        let request = PageRequest(page: page, size: size)
        guard request.isWithinDepth(page: page) else {
            failures.append(.depthExceeded(page: rawPage?.text ?? String(page), size: rawSize?.text ?? String(size)))
            return nil
        }
        return request
    }

    /// Whether `(page + 1) × size` stays within the depth limit.
    func isWithinDepth(page: Int) -> Bool {
        let (pages, overflow1) = page.addingReportingOverflow(1)
        let (depth, overflow2) = pages.multipliedReportingOverflow(by: size)
        return !overflow1 && !overflow2 && depth <= Self.maximumDepth
    }

    var offset: Int { page * size }

    func totalPages(_ totalElements: Int) -> Int {
        (totalElements + size - 1) / size
    }
}
