"use strict";
/**
 * A throw-away self-signed certificate for https://localhost, made with the system's `openssl`
 * (Debian's openssl package). SPFx 1.4.1's own `gulp serve` makes one with node-forge and asks to
 * trust it in the OS store; a test browser is told to accept it instead (ignoreHTTPSErrors).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const MISSING_OPENSSL = "openssl not found: install it with `apt-get install -y openssl` (the 1.4.1 workbench harness serves https)";

/** { key, cert } as PEM text, valid for localhost and 127.0.0.1 for 7 days. */
function createSelfSignedCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-wb2019-cert-"));
  try {
    const keyFile = path.join(dir, "key.pem");
    const certFile = path.join(dir, "cert.pem");
    const result = spawnSync(
      "openssl",
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "7",
        "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout", keyFile, "-out", certFile
      ],
      { encoding: "utf8" }
    );
    if (result.error && result.error.code === "ENOENT") throw new Error(MISSING_OPENSSL);
    if (result.status !== 0) throw new Error(`openssl could not make a certificate (exit ${result.status}): ${result.stderr}`);
    return { key: fs.readFileSync(keyFile, "utf8"), cert: fs.readFileSync(certFile, "utf8") };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { createSelfSignedCertificate, MISSING_OPENSSL };
