import Foundation
import Synchronization

/// Prometheus metrics in text exposition format 0.0.4. Label values are escaped; metric and label
/// names are fixed by the code. Gauges that are read on demand (open connections, RSS) are closures.
///
/// Every request updates two series, so the hot path must not serialise the worker threads: updates
/// go to one of several shards chosen by the calling thread, each behind its own lock, and a scrape
/// merges the shards. (One shared lock cost two thirds of the throughput of a trivial route.)
public final class MetricsRegistry: Sendable {
    public static let httpDurationBuckets: [Double] =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    struct State {
        var counters: [String: Family<Double>] = [:]
        var histograms: [String: Family<HistogramValue>] = [:]
        /// `recordRequest`'s series, folded into the two families above when scraped.
        var requests: [RequestSeries: HistogramValue] = [:]
    }

    struct Family<Value> {
        var help: String
        var labelNames: [String]
        var series: [[String]: Value] = [:]
    }

    struct HistogramValue {
        var bucketCounts: [UInt64]
        var sum: Double = 0
        var count: UInt64 = 0

        mutating func merge(_ other: HistogramValue) {
            for index in bucketCounts.indices { bucketCounts[index] += other.bucketCounts[index] }
            sum += other.sum
            count += other.count
        }
    }

    final class Shard: Sendable {
        let state = Mutex(State())
    }

    let shards: [Shard]
    private let gauges = Mutex<[(name: String, help: String, read: @Sendable () -> Double)]>([])
    private let buckets: [String: [Double]]
    let requestDurationBuckets: [Double]

    public init(histogramBuckets: [String: [Double]] = ["http_request_duration_seconds": httpDurationBuckets],
                shardCount: Int = 16) {
        buckets = histogramBuckets
        requestDurationBuckets = histogramBuckets[Self.requestDurationName] ?? Self.httpDurationBuckets
        shards = (0..<max(1, shardCount)).map { _ in Shard() }
    }

    /// The calling thread's shard: threads are spread by a hash of their id.
    var shard: Shard {
        let id = UInt64(UInt(bitPattern: Int(bitPattern: UInt(pthread_self()))))
        return shards[Int((id &* 0x9E37_79B9_7F4A_7C15) >> 40) % shards.count]
    }

    public func increment(_ name: String, help: String, labels: [(String, String)], by amount: Double = 1) {
        let values = labels.map(\.1)
        shard.state.withLock { state in
            if state.counters[name] == nil {
                state.counters[name] = Family(help: help, labelNames: labels.map(\.0))
            }
            state.counters[name]!.series[values, default: 0] += amount
        }
    }

    public func observe(_ name: String, help: String, labels: [(String, String)], value: Double) {
        let bounds = buckets[name] ?? MetricsRegistry.httpDurationBuckets
        let values = labels.map(\.1)
        let bucket = bounds.firstIndex(where: { value <= $0 })
        shard.state.withLock { state in
            if state.histograms[name] == nil {
                state.histograms[name] = Family(help: help, labelNames: labels.map(\.0))
            }
            state.histograms[name]!.series[values, default: HistogramValue(
                bucketCounts: Array(repeating: 0, count: bounds.count))].record(bucket: bucket, value: value)
        }
    }

    /// A gauge whose value is read when `/metrics` is scraped.
    public func gauge(_ name: String, help: String, read: @escaping @Sendable () -> Double) {
        gauges.withLock { $0.append((name, help, read)) }
    }

    /// The text exposition, families and series sorted for stable output.
    public func exposition() -> String {
        let merged = mergedState()
        var out = ""
        for (name, family) in merged.counters.sorted(by: { $0.key < $1.key }) {
            out += "# HELP \(name) \(family.help)\n# TYPE \(name) counter\n"
            for (values, count) in family.series.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                out += "\(name)\(labelText(family.labelNames, values)) \(format(count))\n"
            }
        }
        for (name, family) in merged.histograms.sorted(by: { $0.key < $1.key }) {
            out += histogramText(name, family)
        }
        for gauge in gauges.withLock({ $0 }).sorted(by: { $0.name < $1.name }) {
            out += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n"
            out += "\(gauge.name) \(format(gauge.read()))\n"
        }
        return out
    }

    private func mergedState() -> State {
        var merged = State()
        for shard in shards {
            let state = shard.state.withLock { $0 }
            for (name, family) in state.counters {
                if merged.counters[name] == nil { merged.counters[name] = Family(help: family.help, labelNames: family.labelNames) }
                for (values, count) in family.series { merged.counters[name]!.series[values, default: 0] += count }
            }
            for (name, family) in state.histograms {
                if merged.histograms[name] == nil {
                    merged.histograms[name] = Family(help: family.help, labelNames: family.labelNames)
                }
                for (values, histogram) in family.series { merged.histograms[name]!.add(histogram, at: values) }
            }
            merged.fold(state.requests)
        }
        return merged
    }

    private func histogramText(_ name: String, _ family: Family<HistogramValue>) -> String {
        let bounds = buckets[name] ?? MetricsRegistry.httpDurationBuckets
        var out = "# HELP \(name) \(family.help)\n# TYPE \(name) histogram\n"
        for (values, histogram) in family.series.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            var cumulative: UInt64 = 0
            for (bound, count) in zip(bounds, histogram.bucketCounts) {
                cumulative += count
                out += "\(name)_bucket\(labelText(family.labelNames + ["le"], values + [format(bound)])) \(cumulative)\n"
            }
            out += "\(name)_bucket\(labelText(family.labelNames + ["le"], values + ["+Inf"])) \(histogram.count)\n"
            out += "\(name)_sum\(labelText(family.labelNames, values)) \(format(histogram.sum))\n"
            out += "\(name)_count\(labelText(family.labelNames, values)) \(histogram.count)\n"
        }
        return out
    }

    private func labelText(_ names: [String], _ values: [String]) -> String {
        guard !names.isEmpty else { return "" }
        let pairs = zip(names, values).map { "\($0)=\"\(escape($1))\"" }
        return "{" + pairs.joined(separator: ",") + "}"
    }

    private func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    private func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

extension MetricsRegistry.Family where Value == MetricsRegistry.HistogramValue {
    /// Adds `histogram` to the series `values`, starting it if new.
    mutating func add(_ histogram: Value, at values: [String]) {
        if series[values] == nil {
            series[values] = histogram
        } else {
            series[values]!.merge(histogram)
        }
    }
}

extension MetricsRegistry.HistogramValue {
    mutating func record(bucket: Int?, value: Double) {
        if let bucket { bucketCounts[bucket] += 1 }
        sum += value
        count += 1
    }
}
