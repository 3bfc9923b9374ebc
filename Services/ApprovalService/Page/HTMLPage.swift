import HTTPServer

/// One HTML answer with the headers every page carries (`approval.md` §9). `body` is markup that the
/// views built with every value already escaped.
struct HTMLPage: Sendable {
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

    var language: PageLanguage
    var title: String
    var body: String
    var status = 200

    func response(cookies: [String] = []) -> HTTPResponse {
        var headers = Self.headers(language)
        for cookie in cookies { headers.add("Set-Cookie", cookie) }
        return HTTPResponse(status: status, headers: headers, body: Array(document.utf8))
    }

    /// A 303 with the same headers and a short body linking to `location`.
    static func redirect(to location: String, language: PageLanguage, cookies: [String] = []) -> HTTPResponse {
        let link = HTMLText.escape(location)
        var response = HTMLPage(language: language, title: "303", body: "<p><a href=\"\(link)\">\(link)</a></p>",
                                status: 303).response(cookies: cookies)
        response.headers.set("Location", location)
        return response
    }

    static func headers(_ language: PageLanguage) -> HTTPHeaders {
        ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Frame-Options": "DENY",
         "Content-Security-Policy": contentSecurityPolicy, "Content-Language": language.rawValue,
         "Vary": "Accept-Language"]
    }

    var document: String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let style = """
        body{margin:0;background:#f4f5f7;color:#1b1f24;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{max-width:40rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border:1px solid #d8dce1;border-radius:8px}
        h1{font-size:1.5rem;margin:0 0 1rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}
        ul{padding-left:1.25rem;margin:0}li{margin:.25rem 0}.id{color:#5b6470;font-size:.9em}
        .missing{display:inline-block;margin-left:.5rem;padding:0 .4rem;border-radius:4px;background:#fde8e8;color:#9b1c1c;font-size:.85em;font-weight:600}
        .banner{padding:.75rem 1rem;border-radius:6px;background:#e8f0fd;border:1px solid #a9c3f0;margin:1rem 0}
        .error{background:#fde8e8;border-color:#f0a9a9}
        .actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}
        button{font:inherit;padding:.5rem 1.25rem;border-radius:6px;border:2px solid #0a5cc2;background:#fff;color:#0a5cc2;cursor:pointer}
        button.primary{background:#0a5cc2;color:#fff}
        button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
        label{display:block;font-weight:600;margin-top:1rem}input,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.4rem;border:1px solid #8a939e;border-radius:4px}
        .persons{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
        """
}
