/**
 * tools/check-chromium.js: where the browser tests look for a browser. CI has Debian's chromium;
 * a newcomer on Windows, macOS or another Linux has Chrome or Edge where its installer put it.
 * The file system is a set of paths here: what is checked is the order and the platforms' places.
 */
const { findChromium, MISSING_CHROMIUM_MESSAGE } = require("../../../tools/check-chromium.js") as {
  findChromium: (o: { platform: string; env: Record<string, string | undefined>; exists: (f: string) => boolean }) => string | undefined;
  MISSING_CHROMIUM_MESSAGE: string;
};

const on = (files: string[]) => (file: string) => files.includes(file);

test("Debian's chromium first, then Chrome, then Edge on Linux", () => {
  expect(findChromium({ platform: "linux", env: {}, exists: on(["/usr/bin/google-chrome", "/usr/bin/chromium"]) })).toBe("/usr/bin/chromium");
  expect(findChromium({ platform: "linux", env: {}, exists: on(["/usr/bin/microsoft-edge", "/opt/google/chrome/chrome"]) })).toBe("/opt/google/chrome/chrome");
  expect(findChromium({ platform: "linux", env: {}, exists: on(["/opt/microsoft/msedge/msedge"]) })).toBe("/opt/microsoft/msedge/msedge");
});

test("Chrome or Edge under Program Files or the user's AppData on Windows", () => {
  const env = { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)", LOCALAPPDATA: "C:\\Users\\mette\\AppData\\Local" };
  expect(findChromium({ platform: "win32", env, exists: on(["C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"]) })).toBe(
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"
  );
  expect(findChromium({ platform: "win32", env, exists: on(["C:\\Users\\mette\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe"]) })).toBe(
    "C:\\Users\\mette\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe"
  );
});

test("Chrome or Edge in /Applications or ~/Applications on macOS", () => {
  expect(findChromium({ platform: "darwin", env: { HOME: "/Users/mette" }, exists: on(["/Users/mette/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]) })).toBe(
    "/Users/mette/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  );
  expect(findChromium({ platform: "darwin", env: {}, exists: on(["/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"]) })).toBe(
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"
  );
});

test("CHROME_PATH wins, and a CHROME_PATH that does not exist is missing, not replaced by another browser", () => {
  expect(findChromium({ platform: "linux", env: { CHROME_PATH: "/opt/x/chrome" }, exists: on(["/opt/x/chrome", "/usr/bin/chromium"]) })).toBe("/opt/x/chrome");
  expect(findChromium({ platform: "linux", env: { CHROME_PATH: "/opt/typo/chrome" }, exists: on(["/usr/bin/chromium"]) })).toBeUndefined();
});

test("nothing installed: undefined, and the message names how to get one", () => {
  expect(findChromium({ platform: "linux", env: {}, exists: on([]) })).toBeUndefined();
  expect(MISSING_CHROMIUM_MESSAGE).toMatch(/apt-get install -y chromium.*Chrome or Edge.*CHROME_PATH/);
});
