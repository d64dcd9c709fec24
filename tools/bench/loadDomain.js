/**
 * Bundles src/domain (TypeScript) with esbuild into a temporary CommonJS file and loads it,
 * so the benchmark runs the same code the web parts ship, without ts-node.
 */
const { buildSync } = require("esbuild");
const { mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

/** The domain module (src/domain/index.ts), freshly bundled. */
function loadDomain() {
  const dir = mkdtempSync(join(tmpdir(), "oir-bench-"));
  const outfile = join(dir, "domain.js");
  try {
    buildSync({
      entryPoints: [join(__dirname, "../../src/domain/index.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node18",
      outfile,
      logLevel: "error"
    });
    return require(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { loadDomain };
