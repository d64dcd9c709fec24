"use strict";
/**
 * Forwards a request to the emulator (plain http on 127.0.0.1) and answers with its response, as
 * a TLS-terminating reverse proxy in front of a farm does. The emulator writes absolute URLs
 * (odata.nextLink, odata.editLink, odata.metadata, __metadata.uri) from the request's Host with
 * its own scheme, http; behind this https front they are rewritten to https, as SharePoint behind
 * TLS offloading writes them with its public (alternate access mapping) URL.
 */
const http = require("http");

const TEXT_TYPES = /^(application\/(json|xml|atom\+xml)|text\/|multipart\/)/i;

function readBody(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/** proxyTo(target, publicOrigin)(req, res): target "http://127.0.0.1:PORT", publicOrigin "https://localhost:PORT". */
function proxyTo(target, publicOrigin) {
  const targetUrl = new URL(target);
  const host = new URL(publicOrigin).host;
  const internalOrigin = `http://${host}`;
  const rewrite = (text) => text.split(internalOrigin).join(publicOrigin);

  return async function proxy(req, res) {
    const body = await readBody(req);
    const headers = { ...req.headers, host, "content-length": String(body.length) };
    delete headers["transfer-encoding"];
    const upstream = http.request(
      { hostname: targetUrl.hostname, port: targetUrl.port, method: req.method, path: req.url, headers },
      async (up) => {
        let data;
        try {
          data = await readBody(up);
        } catch {
          res.destroy();
          return;
        }
        const outHeaders = { ...up.headers };
        delete outHeaders["transfer-encoding"];
        delete outHeaders.connection;
        if (typeof outHeaders.location === "string") outHeaders.location = rewrite(outHeaders.location);
        if (TEXT_TYPES.test(String(up.headers["content-type"] || "")) && data.includes(internalOrigin)) {
          data = Buffer.from(rewrite(data.toString("utf8")), "utf8");
        }
        outHeaders["content-length"] = String(data.length);
        res.writeHead(up.statusCode || 502, outHeaders);
        res.end(data);
      }
    );
    // The emulator dropped the connection (its dropConnection fault): drop ours, so the browser
    // sees the same network failure.
    upstream.on("error", () => res.destroy());
    upstream.end(body);
  };
}

module.exports = { proxyTo };
