import Foundation
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

    func test_recordRequest_countsByStatus_andTimesByRoute_acrossThreads() {
        let metrics = MetricsRegistry()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            for _ in 0..<100 {
                metrics.recordRequest(method: "GET", route: "/a/{b}", status: index % 2 == 0 ? 200 : 404, seconds: 0.003)
            }
        }
        metrics.recordRequest(method: "POST", route: "/a/{b}", status: 201, seconds: 7)
        let text = metrics.exposition()
        XCTAssertTrue(text.contains("# HELP http_requests_total HTTP requests by method, route template and status.\n"))
        XCTAssertTrue(text.contains("http_requests_total{method=\"GET\",route=\"/a/{b}\",status=\"200\"} 400\n"), text)
        XCTAssertTrue(text.contains("http_requests_total{method=\"GET\",route=\"/a/{b}\",status=\"404\"} 400\n"), text)
        XCTAssertTrue(text.contains("http_requests_total{method=\"POST\",route=\"/a/{b}\",status=\"201\"} 1\n"), text)
        XCTAssertTrue(text.contains("# TYPE http_request_duration_seconds histogram\n"))
        XCTAssertTrue(text.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/a/{b}\",le=\"0.0025\"} 0\n"), text)
        XCTAssertTrue(text.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/a/{b}\",le=\"0.005\"} 800\n"), text)
        XCTAssertTrue(text.contains("http_request_duration_seconds_count{method=\"GET\",route=\"/a/{b}\"} 800\n"), text)
        XCTAssertTrue(text.contains("http_request_duration_seconds_bucket{method=\"POST\",route=\"/a/{b}\",le=\"5\"} 0\n"), text)
        XCTAssertTrue(text.contains("http_request_duration_seconds_count{method=\"POST\",route=\"/a/{b}\"} 1\n"), text)
        XCTAssertEqual(text.components(separatedBy: "# TYPE http_requests_total").count, 2, "one family, not two")
    }

    func test_recordRequest_andIncrement_ofTheSameSeries_add_up() {
        let metrics = MetricsRegistry()
        metrics.recordRequest(method: "GET", route: "/x", status: 200, seconds: 0.001)
        metrics.increment("http_requests_total", help: "ignored", labels: [("method", "GET"), ("route", "/x"), ("status", "200")])
        XCTAssertTrue(metrics.exposition().contains("http_requests_total{method=\"GET\",route=\"/x\",status=\"200\"} 2\n"))
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
