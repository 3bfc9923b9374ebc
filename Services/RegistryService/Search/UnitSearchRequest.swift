/// A whole search request: filters, sort and page.
struct UnitSearchRequest: Sendable, Equatable {
    var filter: UnitSearchFilter
    var sort: SearchSort
    var page: PageRequest
}
