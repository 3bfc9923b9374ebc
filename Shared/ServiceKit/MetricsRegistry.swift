import Foundation
import Synchronization

/// Prometheus metrics in text exposition format 0.0.4. Label values are escaped; metric and label
/// names are fixed by the code. Gauges that are read on demand (open connections, RSS) are closures.
public final class MetricsRegistry: Sendable {
    public static let httpDurationBuckets: [Double] =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    private struct State {
        var counters: [String: Family<Double>] = [:]
        var histograms: [String: Family<HistogramValue>] = [:]
    }

    private struct Family<Value> {
        var help: String
        var labelNames: [String]
        var series: [[String]: Value] = [:]
    }

    struct HistogramValue {
        var bucketCounts: [UInt64]
        var sum: Double = 0
        var count: UInt64 = 0
    }

    private let state = Mutex(State())
    private let gauges = Mutex<[(name: String, help: String, read: @Sendable () -> Double)]>([])
    private let buckets: [String: [Double]]

    public init(histogramBuckets: [String: [Double]] = ["http_request_duration_seconds": httpDurationBuckets]) {
        buckets = histogramBuckets
    }

    public func increment(_ name: String, help: String, labels: [(String, String)], by amount: Double = 1) {
        state.withLock { state in
            var family = state.counters[name] ?? Family(help: help, labelNames: labels.map(\.0))
            family.series[labels.map(\.1), default: 0] += amount
            state.counters[name] = family
        }
    }

    public func observe(_ name: String, help: String, labels: [(String, String)], value: Double) {
        let bounds = buckets[name] ?? MetricsRegistry.httpDurationBuckets
        state.withLock { state in
            var family = state.histograms[name] ?? Family(help: help, labelNames: labels.map(\.0))
            var histogram = family.series[labels.map(\.1)]
                ?? HistogramValue(bucketCounts: Array(repeating: 0, count: bounds.count))
            if let index = bounds.firstIndex(where: { value <= $0 }) { histogram.bucketCounts[index] += 1 }
            histogram.sum += value
            histogram.count += 1
            family.series[labels.map(\.1)] = histogram
            state.histograms[name] = family
        }
    }

    /// A gauge whose value is read when `/metrics` is scraped.
    public func gauge(_ name: String, help: String, read: @escaping @Sendable () -> Double) {
        gauges.withLock { $0.append((name, help, read)) }
    }

    /// The text exposition, families sorted by name for stable output.
    public func exposition() -> String {
        var out = ""
        let snapshot = state.withLock { $0 }
        for (name, family) in snapshot.counters.sorted(by: { $0.key < $1.key }) {
            out += "# HELP \(name) \(family.help)\n# TYPE \(name) counter\n"
            for (values, count) in family.series.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                out += "\(name)\(labelText(family.labelNames, values)) \(format(count))\n"
            }
        }
        for (name, family) in snapshot.histograms.sorted(by: { $0.key < $1.key }) {
            let bounds = buckets[name] ?? MetricsRegistry.httpDurationBuckets
            out += "# HELP \(name) \(family.help)\n# TYPE \(name) histogram\n"
            for (values, histogram) in family.series.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                var cumulative: UInt64 = 0
                for (bound, count) in zip(bounds, histogram.bucketCounts) {
                    cumulative += count
                    let labels = labelText(family.labelNames + ["le"], values + [format(bound)])
                    out += "\(name)_bucket\(labels) \(cumulative)\n"
                }
                out += "\(name)_bucket\(labelText(family.labelNames + ["le"], values + ["+Inf"])) \(histogram.count)\n"
                out += "\(name)_sum\(labelText(family.labelNames, values)) \(format(histogram.sum))\n"
                out += "\(name)_count\(labelText(family.labelNames, values)) \(histogram.count)\n"
            }
        }
        for gauge in gauges.withLock({ $0 }).sorted(by: { $0.name < $1.name }) {
            out += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n"
            out += "\(gauge.name) \(format(gauge.read()))\n"
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
