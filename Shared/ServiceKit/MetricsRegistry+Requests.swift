extension MetricsRegistry {
    static let requestCountName = "http_requests_total"
    static let requestCountHelp = "HTTP requests by method, route template and status."
    static let requestDurationName = "http_request_duration_seconds"
    static let requestDurationHelp = "HTTP request duration by method and route template."

    /// One series of `recordRequest`: the labels of `http_requests_total`.
    struct RequestSeries: Hashable {
        var method: String
        var route: String
        var status: Int
    }

    /// One served request: counted in `http_requests_total` {method, route, status} and timed in
    /// `http_request_duration_seconds` {method, route}. Every request passes here, so it takes one lock
    /// and one dictionary entry keyed by a plain struct, instead of `increment` and `observe` with their
    /// label arrays (two locks, four lookups hashing seven strings).
    public func recordRequest(method: String, route: String, status: Int, seconds: Double) {
        let bounds = requestDurationBuckets
        let bucket = bounds.firstIndex(where: { seconds <= $0 })
        let series = RequestSeries(method: method, route: route, status: status)
        shard.state.withLock { state in
            state.requests[series, default: HistogramValue(bucketCounts: Array(repeating: 0, count: bounds.count))]
                .record(bucket: bucket, value: seconds)
        }
    }
}

extension MetricsRegistry.State {
    /// Adds `recordRequest`'s series to the two families they stand for.
    mutating func fold(_ requests: [MetricsRegistry.RequestSeries: MetricsRegistry.HistogramValue]) {
        guard !requests.isEmpty else { return }
        let countName = MetricsRegistry.requestCountName, durationName = MetricsRegistry.requestDurationName
        if counters[countName] == nil {
            counters[countName] = .init(help: MetricsRegistry.requestCountHelp, labelNames: ["method", "route", "status"])
        }
        if histograms[durationName] == nil {
            histograms[durationName] = .init(help: MetricsRegistry.requestDurationHelp, labelNames: ["method", "route"])
        }
        for (series, histogram) in requests {
            counters[countName]!.series[[series.method, series.route, String(series.status)], default: 0]
                += Double(histogram.count)
            histograms[durationName]!.add(histogram, at: [series.method, series.route])
        }
    }
}
