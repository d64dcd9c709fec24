/**
 * Finds the Chromium-based browser the browser tests, the benchmarks and the screenshot script
 * use: CHROME_PATH, else Debian's chromium (what CI installs), else Chrome or Edge where their
 * installers put them on Linux, macOS and Windows (an SPFx developer's machine has one of them;
 * Playwright cannot download a browser here). Run as a script it fails with one line naming the
 * install command when there is none: browser tests are never skipped silently.
 */
const fs = require("fs");
const path = require("path");

const MISSING_CHROMIUM_MESSAGE =
  "Chromium not found: install it with `apt-get install -y chromium`, or install Chrome or Edge, or set CHROME_PATH";

/** Where Chromium, Chrome and Edge install, in the order they are tried, per platform. */
function candidates(platform = process.platform, env = process.env) {
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      path.win32.join(root, "Google", "Chrome", "Application", "chrome.exe"),
      path.win32.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
      path.win32.join(root, "Chromium", "Application", "chrome.exe")
    ]);
  }
  if (platform === "darwin") {
    const apps = ["/Applications", env.HOME ? path.posix.join(env.HOME, "Applications") : undefined].filter(Boolean);
    return apps.flatMap((dir) => [
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`
    ]);
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/opt/google/chrome/chrome",
    "/usr/bin/microsoft-edge-stable",
    "/usr/bin/microsoft-edge",
    "/opt/microsoft/msedge/msedge"
  ];
}

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

/**
 * The browser executable, or undefined. A CHROME_PATH that does not exist counts as missing (a
 * typo there must not quietly pick another browser).
 */
function findChromium({ platform = process.platform, env = process.env, exists = isExecutable } = {}) {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return candidates(platform, env).find((file) => exists(file));
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
