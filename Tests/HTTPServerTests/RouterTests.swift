import HTTPServer
import XCTest

final class RouterTests: XCTestCase {
    private func respond(_ router: Router, _ method: HTTPMethod, _ target: String) -> (HTTPResponse, RequestContext) {
        let context = RequestContext(requestId: "test", remoteAddress: "127.0.0.1:1")
        let request = HTTPRequest(method: method, target: target, headers: ["Host": "x"])
        return (router.respond(to: request, context: context), context)
    }

    private func text(_ response: HTTPResponse) -> String { String(decoding: response.bodyBytes, as: UTF8.self) }

    func test_router_matchesPathParameter_andDecodesIt() {
        var router = Router()
        router.get("/enheter/{orgnr}") { _, context in .text("unit \(context.parameter("orgnr"))") }
        let (response, context) = respond(router, .get, "/enheter/a%20b")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(text(response), "unit a b")
        XCTAssertEqual(context.route, "/enheter/{orgnr}")
    }

    func test_router_keepsEveryPathParameter_inTemplateOrder() {
        var router = Router()
        router.get("/systemuser/{party}/{id}") { _, _ in .text("") }
        let (_, context) = respond(router, .get, "/systemuser/123/a%2Fb")
        XCTAssertEqual(context.parameters["party"], "123")
        XCTAssertEqual(context.parameters["id"], "a/b")
        XCTAssertNil(context.parameters["other"])
        XCTAssertEqual(context.parameters, ["party": "123", "id": "a/b"], "in template order")
        XCTAssertNotEqual(context.parameters, ["id": "a/b", "party": "123"])
    }

    func test_router_matchesNonASCIIAndEscapedSegments_andRefusesBadOnes() {
        var router = Router()
        router.get("/koder/FFØR/{kode}") { _, context in .text("kode \(context.parameter("kode"))") }
        XCTAssertEqual(text(respond(router, .get, "/koder/FFØR/Ø%C3%98x").0), "kode ØØx")
        XCTAssertEqual(respond(router, .get, "/koder/FF%C3%98R/x").0.status, 404, "a literal segment is matched as sent")
        XCTAssertEqual(respond(router, .get, "/koder/FFØR/%FF").0.status, 404, "not UTF-8 once decoded")
        XCTAssertEqual(respond(router, .get, "/koder/FFØR/%4").0.status, 404, "malformed escape")
        XCTAssertEqual(respond(router, .get, "/koder/FFØR/").0.status, 404, "an empty segment is no parameter")
        XCTAssertEqual(respond(router, .get, "/koder/FFØ").0.status, 404, "a literal's prefix is not the literal")
        XCTAssertEqual(respond(router, .get, "/koder/FFØR/x/").0.status, 404, "a trailing slash is one more segment")
    }

    func test_router_prefersLiteralSegment_overParameter() {
        var router = Router()
        router.get("/request/{requestId}") { _, _ in .text("by id") }
        router.get("/request/byexternalref/{system}") { _, _ in .text("by ref") }
        router.get("/request/{requestId}/status") { _, _ in .text("status") }
        XCTAssertEqual(text(respond(router, .get, "/request/byexternalref/sys").0), "by ref")
        XCTAssertEqual(text(respond(router, .get, "/request/123").0), "by id")
        XCTAssertEqual(text(respond(router, .get, "/request/byexternalref/status").0), "by ref")
        XCTAssertEqual(text(respond(router, .get, "/request/123/status").0), "status")
    }

    func test_router_backtracksToParameter_whenLiteralLeadsNowhere() {
        var router = Router()
        router.get("/x/literal/a") { _, _ in .text("literal") }
        router.get("/x/{p}/b") { _, context in .text("param \(context.parameter("p"))") }
        XCTAssertEqual(text(respond(router, .get, "/x/literal/b").0), "param literal")
    }

    func test_router_answers405WithAllow_whenPathExistsForOtherMethods() {
        var router = Router()
        router.get("/systems") { _, _ in .text("list") }
        router.post("/systems") { _, _ in .text("create") }
        let (response, context) = respond(router, .delete, "/systems")
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.headers["Allow"], "GET, HEAD, POST")
        XCTAssertEqual(response.headers["Content-Type"], "application/problem+json")
        XCTAssertTrue(text(response).contains("\"code\":\"STD-00405\""))
        XCTAssertEqual(context.route, "unmatched")
    }

    func test_router_answers404Problem_whenNoRouteMatches() {
        var router = Router()
        router.get("/a/{b}") { _, _ in .text("x") }
        for target in ["/a", "/a/x/y", "/b", "/a/"] {
            let response = respond(router, .get, target).0
            XCTAssertEqual(response.status, 404, target)
            XCTAssertTrue(text(response).contains("\"instance\":\"\(target)\""), target)
        }
    }

    func test_router_fallsBackToGet_forHead() {
        var router = Router()
        router.get("/health/live") { _, _ in .text("ok") }
        XCTAssertEqual(respond(router, .head, "/health/live").0.status, 200)
    }

    func test_router_rendersThrownProblem_andHidesOtherErrors() {
        struct Oops: Error {}
        var router = Router()
        router.get("/problem") { _, _ in throw ProblemDetails(status: 409, code: "AUTH-00013", title: "Not new.") }
        router.get("/bug") { _, _ in throw Oops() }
        XCTAssertEqual(respond(router, .get, "/problem").0.status, 409)
        let bug = respond(router, .get, "/bug").0
        XCTAssertEqual(bug.status, 500)
        XCTAssertTrue(text(bug).contains("STD-00500"))
    }

    func test_router_runsMiddlewareInOrder_andAroundFallback() {
        struct Tag: Middleware {
            let name: String
            func handle(_ request: HTTPRequest, context: RequestContext,
                        next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
                var response = try next(request, context)
                response.headers.add("X-Trace", name)
                return response
            }
        }
        var router = Router()
        router.use(Tag(name: "outer"))
        router.get("/x", middleware: [Tag(name: "inner")]) { _, _ in .text("x") }
        XCTAssertEqual(respond(router, .get, "/x").0.headers.values(for: "X-Trace"), ["inner", "outer"])
        XCTAssertEqual(respond(router, .get, "/nope").0.headers.values(for: "X-Trace"), ["outer"])
    }

    func test_router_routerWideMiddleware_wrapsRoutesAddedBeforeIt() {
        struct Tag: Middleware {
            func handle(_ request: HTTPRequest, context: RequestContext,
                        next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
                var response = try next(request, context)
                response.headers.add("X-Late", "yes")
                return response
            }
        }
        var router = Router()
        router.get("/early") { _, _ in .text("early") }
        router.use(Tag())
        XCTAssertEqual(respond(router, .get, "/early").0.headers["X-Late"], "yes")
    }

    func test_router_middlewareProblem_isRenderedInsideOuterMiddleware() {
        struct Deny: Middleware {
            func handle(_ request: HTTPRequest, context: RequestContext,
                        next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
                throw ProblemDetails(status: 401, code: "AUTH-00101", title: "No token.")
            }
        }
        struct Observe: Middleware {
            func handle(_ request: HTTPRequest, context: RequestContext,
                        next: (HTTPRequest, RequestContext) throws -> HTTPResponse) throws -> HTTPResponse {
                let response = try next(request, context)
                var copy = response
                copy.headers.add("X-Seen-Status", String(response.status))
                return copy
            }
        }
        var router = Router()
        router.use(Observe())
        router.get("/secret", middleware: [Deny()]) { _, _ in .text("secret") }
        XCTAssertEqual(respond(router, .get, "/secret").0.headers["X-Seen-Status"], "401")
    }
}

final class QueryParametersTests: XCTestCase {
    func test_query_decodesPercentAndPlus_keepsRepeats() {
        let query = QueryParameters("navn=DISKRET+N%C3%86R&a=1&a=2&flag")
        XCTAssertEqual(query["navn"], "DISKRET NÆR")
        XCTAssertEqual(query.values("a"), ["1", "2"])
        XCTAssertEqual(query["flag"], "")
        XCTAssertNil(query["missing"])
    }

    func test_query_reportsMalformedEscape() {
        let query = QueryParameters("orgnr=%G1&ok=1")
        XCTAssertEqual(query.malformed, ["orgnr"])
        XCTAssertEqual(query["ok"], "1")
    }

    func test_request_splitsAbsoluteFormTarget() {
        let request = HTTPRequest(method: .get, target: "http://example.test:8080/enheter?navn=x")
        XCTAssertEqual(request.path, "/enheter")
        XCTAssertEqual(request.query, "navn=x")
        XCTAssertEqual(HTTPRequest(method: .get, target: "http://example.test").path, "/")
    }

    func test_request_splitsOriginFormTarget_atTheFirstQuestionMark() {
        let request = HTTPRequest(method: .get, target: "/enheter/ø?navn=a?b&x=%C3%B8")
        XCTAssertEqual(request.path, "/enheter/ø")
        XCTAssertEqual(request.query, "navn=a?b&x=%C3%B8")
        XCTAssertNil(HTTPRequest(method: .get, target: "/enheter").query)
        XCTAssertEqual(HTTPRequest(method: .get, target: "/enheter?").query, "")
    }

    func test_percentDecoding_ofBytes_matchesDecodingOfText() {
        for text in ["plain", "a%20b", "%C3%B8", "%FF", "%4", "a+b", "æøå", ""] {
            var copy = text
            let fromBytes = copy.withUTF8 { PercentDecoding.decode($0) }
            XCTAssertEqual(fromBytes, PercentDecoding.decode(text), text)
        }
        XCTAssertEqual(PercentDecoding.decode("a+b", plusAsSpace: true), "a b")
    }

    func test_percentDecoding_rejectsInvalidUTF8() {
        XCTAssertNil(PercentDecoding.decode("%FF%FE"))
        XCTAssertEqual(PercentDecoding.decode("%C3%B8"), "ø")
    }
}
