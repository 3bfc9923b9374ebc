/// The result of a cache lookup (`delegation.md` §8.1 metric `result`).
enum CacheLookup<Value: Sendable>: Sendable {
    case hit(Value)
    case miss
    case stale
}
