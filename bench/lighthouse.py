"""Lighthouse (mobile preset: 4x CPU slowdown, slow 4G) on the page served like a static host.

The page is served gzip-compressed from 127.0.0.1; MathJax's CDN host is answered by a local HTTPS server
(self-signed certificate, chromium told to map the host there), so the run is offline and repeatable.
Single Lighthouse runs vary a lot: the median of three is printed, with the start-up long tasks.
Run on its own: .venv/bin/python bench/lighthouse.py [PAGE.html]
"""
from __future__ import annotations

import gzip
import http.server
import json
import shlex
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NODE_MODULES = ROOT / "tests" / "node_modules"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CDN_HOST = "cdn.jsdelivr.net"
CDN_PACKAGES = {"mathjax": NODE_MODULES / "mathjax",
                "@mathjax/mathjax-newcm-font": NODE_MODULES / "@mathjax" / "mathjax-newcm-font"}
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json",
         ".woff2": "font/woff2", ".woff": "font/woff", ".css": "text/css"}


class StaticHandler(http.server.BaseHTTPRequestHandler):
    """Serves files from `resolve(path)`, gzip-encoded when the client asks (as static hosts do)."""

    resolve = None

    def do_GET(self):  # noqa: N802 (http.server's naming)
        path = self.resolve(self.path.split("?")[0])
        if path is None or not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(path.suffix, "application/octet-stream"))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "max-age=3600")
        if "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in (".html", ".js", ".json", ".css"):
            body = gzip.compress(body, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def cdn_file(url_path: str) -> Path | None:
    """/npm/<pkg>@<version>/<file> -> the npm copy in tests/node_modules."""
    rest = url_path.removeprefix("/npm/")
    for pkg, folder in CDN_PACKAGES.items():
        if rest.startswith(pkg + "@"):
            return folder / rest.split("/", 2 if pkg.startswith("@") else 1)[-1]
    return None


def serve(resolve, tls: tuple[Path, Path] | None = None) -> http.server.ThreadingHTTPServer:
    handler = type("Handler", (StaticHandler,), {"resolve": staticmethod(resolve)})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(*map(str, tls))
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def self_signed(tmp: Path) -> tuple[Path, Path]:
    cert, key = tmp / "cdn.pem", tmp / "cdn.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    f"/CN={CDN_HOST}", "-addext", f"subjectAltName=DNS:{CDN_HOST}",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=BENCH, check=True)


def run_once(url: str, cdn_port: int, out: Path) -> dict:
    flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
             "--ignore-certificate-errors", f"--host-resolver-rules=MAP {CDN_HOST}:443 127.0.0.1:{cdn_port}"]
    subprocess.run([str(LIGHTHOUSE), url, "--only-categories=performance", "--output=json",
                    f"--output-path={out}", "--quiet", "--chrome-flags=" + shlex.join(flags)],
                   check=True, capture_output=True, env={"CHROME_PATH": "/usr/bin/chromium", "PATH": "/usr/bin:/bin"},
                   timeout=240)
    return json.loads(out.read_text())


def summary(report: dict) -> dict:
    audits = report["audits"]
    tasks = (audits.get("long-tasks", {}).get("details") or {}).get("items", [])
    return {"score": report["categories"]["performance"]["score"],
            "tbt": audits["total-blocking-time"]["numericValue"],
            "tti": audits["interactive"]["numericValue"],
            "fcp": audits["first-contentful-paint"]["numericValue"],
            "tasks": [(t.get("url", "?"), t["duration"], t.get("startTime", 0)) for t in tasks]}


def figures(page: Path, runs: int = 3) -> None:
    ensure_lighthouse()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        site = serve(lambda p: page if p in ("/", "/" + page.name) else None)
        cdn = serve(cdn_file, self_signed(tmp))
        url = f"http://127.0.0.1:{site.server_address[1]}/{page.name}"
        try:
            results = [summary(run_once(url, cdn.server_address[1], tmp / f"lh{i}.json")) for i in range(runs)]
        finally:
            site.shutdown()
            cdn.shutdown()
    scores = [r["score"] for r in results]
    mid = sorted(results, key=lambda r: r["score"])[len(results) // 2]
    print(f"lighthouse mobile (median of {runs}): performance {statistics.median(scores):.2f} "
          f"(runs {', '.join(f'{s:.2f}' for s in scores)}; target >= 0.95), "
          f"total blocking time {statistics.median(r['tbt'] for r in results):.0f} ms (target <= 150), "
          f"time to interactive {statistics.median(r['tti'] for r in results) / 1000:.1f} s, "
          f"first contentful paint {statistics.median(r['fcp'] for r in results) / 1000:.1f} s")
    print("  start-up long tasks of the median run (simulated mobile CPU; source, duration, start):")
    for src, duration, start in mid["tasks"][:8]:
        print(f"    {Path(src).name or src:<28} {duration:6.0f} ms at {start:6.0f} ms")


if __name__ == "__main__":
    figures(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "robot_worldmodel.html")
