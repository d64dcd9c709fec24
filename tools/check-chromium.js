/**
 * Finds the system Chromium the browser tests and the screenshot script use: CHROME_PATH, else
 * /usr/bin/chromium (or chromium-browser). Run as a script it fails with one line naming the
 * install command when there is none: browser tests are never skipped silently.
 */
const fs = require("fs");

const MISSING_CHROMIUM_MESSAGE =
  "Chromium not found: install it with `apt-get install -y chromium` (or set CHROME_PATH)";

/** Launch arguments for a headless, offline-quiet Chromium (no sandbox: CI containers run as root). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium executable, or undefined. A CHROME_PATH that does not exist counts as missing. */
function findChromium() {
  if (process.env.CHROME_PATH) return isExecutable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(isExecutable);
}

/** The executable, or throws with the one-line message. */
function requireChromium() {
  const chromium = findChromium();
  if (!chromium) throw new Error(MISSING_CHROMIUM_MESSAGE);
  return chromium;
}

module.exports = { findChromium, requireChromium, MISSING_CHROMIUM_MESSAGE, CHROMIUM_ARGS };

if (require.main === module) {
  const chromium = findChromium();
  if (!chromium) {
    console.error(MISSING_CHROMIUM_MESSAGE);
    process.exit(1);
  }
}
