@testable import ServiceKit
import XCTest

final class MetricsRegistryTests: XCTestCase {
    func test_counter_isExposedWithLabels_andEscapesValues() {
        let metrics = MetricsRegistry()
        metrics.increment("http_requests_total", help: "Requests.", labels: [("method", "GET"), ("route", "/a/{b}"), ("status", "200")])
        metrics.increment("http_requests_total", help: "Requests.", labels: [("method", "GET"), ("route", "/a/{b}"), ("status", "200")])
        metrics.increment("http_requests_total", help: "Requests.", labels: [("method", "GET"), ("route", "we\"ird\\"), ("status", "404")])
        let text = metrics.exposition()
        XCTAssertTrue(text.contains("# TYPE http_requests_total counter\n"))
        XCTAssertTrue(text.contains("http_requests_total{method=\"GET\",route=\"/a/{b}\",status=\"200\"} 2\n"))
        XCTAssertTrue(text.contains("route=\"we\\\"ird\\\\\""), text)
    }

    func test_histogram_bucketsAreCumulative_withInfSumAndCount() {
        let metrics = MetricsRegistry()
        for seconds in [0.0004, 0.003, 0.003, 7.0] {
            metrics.observe("http_request_duration_seconds", help: "Durations.",
                            labels: [("method", "GET"), ("route", "/x")], value: seconds)
        }
        let text = metrics.exposition()
        XCTAssertTrue(text.contains("# TYPE http_request_duration_seconds histogram\n"))
        XCTAssertTrue(text.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/x\",le=\"0.0005\"} 1\n"))
        XCTAssertTrue(text.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/x\",le=\"0.005\"} 3\n"))
        XCTAssertTrue(text.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/x\",le=\"5\"} 3\n"))
        XCTAssertTrue(text.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/x\",le=\"+Inf\"} 4\n"))
        XCTAssertTrue(text.contains("http_request_duration_seconds_count{method=\"GET\",route=\"/x\"} 4\n"))
        XCTAssertTrue(text.contains("http_request_duration_seconds_sum{method=\"GET\",route=\"/x\"} 7.0064"))
    }

    func test_gauge_isReadAtScrapeTime() {
        let metrics = MetricsRegistry()
        let value = LockedCounter()
        metrics.gauge("http_connections_open", help: "Open.") { Double(value.next()) }
        XCTAssertTrue(metrics.exposition().contains("http_connections_open 1\n"))
        XCTAssertTrue(metrics.exposition().contains("http_connections_open 2\n"))
    }

    func test_processMemory_isPositive() {
        XCTAssertGreaterThan(ProcessMemory.residentBytes(), 1_000_000)
    }
}

final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value
    }
}
