"use strict";
/** Static files for the demo page, same-origin with the REST API. */
const fs = require("fs");
const path = require("path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".gif": "image/gif", ".svg": "image/svg+xml", ".ico": "image/x-icon", ".woff": "font/woff", ".woff2": "font/woff2",
  ".ttf": "font/ttf", ".eot": "application/vnd.ms-fontobject", ".txt": "text/plain; charset=utf-8", ".webp": "image/webp"
};

/** Find the route for a path: returns { file } or null. Never escapes the route's directory. */
function resolveStatic(staticRoutes, pathname) {
  const prefixes = Object.keys(staticRoutes || {}).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    const bare = prefix.replace(/\/$/, "");
    if (pathname !== bare && !pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`)) continue;
    const root = path.resolve(staticRoutes[prefix]);
    let rel;
    try { rel = decodeURIComponent(pathname.slice(bare.length)); } catch { return { status: 400 }; }
    const file = path.resolve(root, `.${rel.startsWith("/") ? rel : `/${rel}`}`);
    if (file !== root && !file.startsWith(root + path.sep)) return { status: 403 };
    if (pathname === bare) return { redirect: `${bare}/` };
    return { file };
  }
  return null;
}

function serveStatic(res, route) {
  if (route.redirect) { res.writeHead(301, { Location: route.redirect }); res.end(); return 301; }
  if (route.status) { res.writeHead(route.status, { "Content-Type": "text/plain" }); res.end(String(route.status)); return route.status; }
  let file = route.file;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    const data = fs.readFileSync(file);
    res.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      "Content-Length": data.length, "Cache-Control": "no-cache"
    });
    res.end(data);
    return 200;
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Not found");
    return 404;
  }
}

module.exports = { resolveStatic, serveStatic, CONTENT_TYPES };
