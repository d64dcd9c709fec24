// Loads an SPFx AMD loc file (define([], function () { return {...}; })) in Node, as SPFx's
// loader would, so tests and the demo use the very strings that ship.
const fs = require("fs");
const path = require("path");

function loadAmdLoc(file) {
  const source = fs.readFileSync(file, "utf8");
  let result;
  const define = (_deps, factory) => { result = factory(); };
  new Function("define", source)(define);
  if (!result || typeof result !== "object") throw new Error(`Not an AMD loc module: ${file}`);
  return result;
}

/** The locale tests render with; da-dk is what our users see. */
function locFile(dir, locale = process.env.OIR_TEST_LOCALE || "da-dk") {
  return path.join(__dirname, "..", "..", "src", "loc", dir, `${locale}.js`);
}

module.exports = { loadAmdLoc, locFile };
