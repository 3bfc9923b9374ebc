#!/usr/bin/env python3
"""Approves a fresh standard request in headless Chromium (approval.md §9, scenario.md §6, §7 J1-J2).

Creates a request as SmartCloud, opens its confirm URL, is sent to the demo login, logs in as DRESS MINST,
screenshots the confirm page (bokmål and English), tabs to "Godkjenn", presses Enter and checks that the
browser lands on the vendor's receipt page http://localhost:8089/receipt served by this script.
Python 3 standard library only: Chromium is driven over --remote-debugging-pipe.
Exit 0 on success, 1 on failure, 77 when Chromium is missing.
"""
import argparse, base64, fcntl, http.server, json, os, shutil, subprocess, sys, tempfile, threading, time
import urllib.parse, urllib.request

DRESS_MINST = "12838148288"
VENDOR_SCOPES = ("altinn:authentication/systemregister.write altinn:authentication/systemuser.request.write "
                 "altinn:authentication/systemuser.request.read altinn:authentication/systemuser.read")


class Failure(Exception):
    pass


class ReceiptHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("<!DOCTYPE html><html lang=\"nb\"><title>Kvittering</title>"
                "<h1>SmartCloud: kvittering</h1><p>Takk, tilgangen er behandlet.</p></html>").encode()
        status = 200 if self.path.startswith("/receipt") else 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Browser:
    """Chromium over --remote-debugging-pipe: NUL-terminated JSON on fds 3 (commands) and 4 (answers)."""

    def __init__(self, executable, timeout):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="approval-chromium-")
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def wire_fds():
            high_in = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
            high_out = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--hide-scrollbars", "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=wire_fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def close(self):
        try:
            self.process.terminate()
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise Failure("Chromium did not answer in time")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise Failure("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, browser_level=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session and not browser_level:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + self.timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise Failure(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def open_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, browser_level=True)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 browser_level=True)["sessionId"]
        self.send("Page.enable")
        self.send("Network.enable")
        self.viewport(900, 900)

    def viewport(self, width, height):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def language(self, accept_language):
        self.send("Network.setExtraHTTPHeaders", {"headers": {"Accept-Language": accept_language}})

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def navigate(self, url):
        self.send("Page.navigate", {"url": url})

    def wait_for(self, description, predicate):
        deadline = time.time() + self.timeout
        last = None
        while time.time() < deadline:
            last = self.evaluate("JSON.stringify({url: location.href, ready: document.readyState,"
                                 " h1: (document.querySelector('h1') || {}).textContent || ''})")
            state = json.loads(last) if last else {}
            if state.get("ready") == "complete" and predicate(state):
                return state
            time.sleep(0.1)
        raise Failure(f"timed out waiting for {description}; last state {last}")

    def key(self, name, code, key_code, text=None):
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": name, "code": code, "windowsVirtualKeyCode": key_code}
            if text and kind == "keyDown":
                params["text"] = text
            self.send("Input.dispatchKeyEvent", params)

    def screenshot(self, path):
        self.viewport(900, 100)
        height = self.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height) + 32")
        self.viewport(900, max(int(height or 600), 200))
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        self.viewport(900, 900)


def http_call(url, method="GET", token=None, body=None):
    request = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode()


def create_request(args, receipt):
    query = urllib.parse.urlencode({"org": "315602122", "scopes": VENDOR_SCOPES})
    _, vendor = http_call(f"{args.token_generator}/api/GetEnterpriseToken?{query}")
    body = {"systemId": "315602122_smartcloud", "partyOrgNo": "310202398",
            "externalRef": "browser-" + str(int(time.time() * 1000)),
            "rights": [{"resource": [{"id": "urn:altinn:resource", "value": "ske-krav-og-betalinger"}]}],
            "redirectUrl": receipt}
    status, text = http_call(args.requests + "/authentication/api/v1/systemuser/request/vendor", "POST",
                             vendor.strip(), body)
    if status != 201:
        raise Failure(f"creating the request answered {status}: {text}")
    created = json.loads(text)
    confirm = urllib.parse.urlsplit(created["confirmUrl"])
    return created["id"], args.approval + confirm.path + "?" + confirm.query


def tab_to(browser, action, limit=30):
    """Presses Tab until the focused element is the native button with value `action`."""
    for _ in range(limit):
        browser.key("Tab", "Tab", 9)
        focused = browser.evaluate("document.activeElement && document.activeElement.tagName + ':' +"
                                   " (document.activeElement.value || '')")
        if focused == "BUTTON:" + action:
            return
    raise Failure(f"the {action} button cannot be reached with Tab")


def journey(args, browser):
    receipt = f"http://localhost:{args.receipt_port}/receipt?kunde=browser"
    request_id, confirm_url = create_request(args, receipt)
    browser.open_page()
    browser.language("nb-NO,nb;q=0.9")
    browser.navigate(confirm_url)
    browser.wait_for("the demo login", lambda s: "/accessmanagement/ui/login?returnUrl=" in s["url"])
    browser.evaluate("document.getElementById('pid').focus()")
    browser.send("Input.insertText", {"text": DRESS_MINST})
    browser.key("Enter", "Enter", 13, "\r")
    state = browser.wait_for("the confirm page", lambda s: "/systemuser/request?id=" in s["url"] and s["h1"])
    if state["h1"] != "Godkjenn systemtilgang":
        raise Failure(f"the confirm page shows {state}")
    browser.screenshot(os.path.join(args.out, "approval-page.png"))
    browser.language("en")
    browser.send("Page.reload")
    browser.wait_for("the English page", lambda s: s["h1"] == "Approve system access")
    browser.screenshot(os.path.join(args.out, "approval-page-en.png"))
    browser.language("nb-NO,nb;q=0.9")
    browser.send("Page.reload")
    browser.wait_for("the bokmål page again", lambda s: s["h1"] == "Godkjenn systemtilgang")
    tab_to(browser, "approve")
    browser.key("Enter", "Enter", 13, "\r")
    browser.wait_for("the vendor's receipt", lambda s: s["url"] == receipt)
    cookies = browser.send("Network.getCookies", {"urls": [args.approval + "/"]})["cookies"]
    if any(cookie["name"] == "systemtilgang_session" for cookie in cookies):
        raise Failure("the session cookie was not cleared")
    return request_id


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--approval", required=True, help="Approval Service base URL")
    parser.add_argument("--requests", required=True, help="Request Service base URL")
    parser.add_argument("--token-generator", required=True, help="Token Generator base URL (TOKEN_ISSUER)")
    parser.add_argument("--out", default="docs", help="directory for the screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--receipt-port", type=int, default=8089)
    parser.add_argument("--timeout", type=float, default=15)
    args = parser.parse_args()
    if not os.access(args.chromium, os.X_OK):
        print(f"SKIP: Chromium not found at {args.chromium}")
        return 77
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.receipt_port), ReceiptHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    browser = Browser(args.chromium, args.timeout)
    try:
        request_id = journey(args, browser)
        print(json.dumps({"approved": request_id, "screenshots": [os.path.join(args.out, "approval-page.png"),
                                                                   os.path.join(args.out, "approval-page-en.png")]}))
        return 0
    except (Failure, OSError, KeyError, ValueError) as error:
        print(f"FAIL: {error}", file=sys.stderr)
        return 1
    finally:
        browser.close()
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
