"""http_server.py — a local web server for the --url tests (127.0.0.1 only;
tests never touch the internet).  Standard library only.
Usage: http_server.py PAGES-DIR PORT-FILE   (writes the chosen port, serves
until killed)."""
import http.server
import os
import sys
import time

PAGES = sys.argv[1]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, ctype, body, extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        if p == "/redirect":
            return self.send(302, "text/html", b"", [("Location", "/article.html")])
        if p == "/loop":
            return self.send(302, "text/html", b"", [("Location", "/loop")])
        if p == "/slow":
            time.sleep(5)
            return self.send(200, "text/html", b"<html></html>")
        if p == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                for _ in range(512):
                    self.wfile.write(chunk)
            except OSError:
                pass
            return
        if p == "/binary":
            return self.send(200, "application/octet-stream", bytes(range(256)) * 64)
        if p == "/latin1":
            # no charset in the page: the header's must be used
            with open(os.path.join(PAGES, "cp1252.html"), "rb") as f:
                body = f.read().replace(b'<meta charset="windows-1252">', b"")
            return self.send(200, "text/html; charset=iso-8859-1", body)
        name = os.path.basename(p)
        path = os.path.join(PAGES, name)
        if name and os.path.isfile(path):
            with open(path, "rb") as f:
                return self.send(200, "text/html; charset=utf-8", f.read())
        return self.send(404, "text/html", b"<html><body>not found</body></html>")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
