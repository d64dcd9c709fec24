"use strict";
/**
 * The one data file the local emulator keeps between runs, shared by `npm start` (tools/start.js)
 * and `npm run emulator` (cli.js): an edit made on the demo page is there when the emulator runs
 * alone, and either command's `--reset` restores the seed in that same file.
 *
 * Default: .local/emulator/data.json in the repository (git-ignored). EMULATOR_DATA_FILE overrides
 * it for both commands (tests use a temp file).
 *
 * Before this, `npm start` wrote .local/emulator-data.json. A developer's file there is moved to
 * the default place once, so the demo data they had is not silently left behind.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

/** Where the data file lives for a repository root (relative parts, for messages and docs). */
const DEFAULT_RELATIVE = path.join(".local", "emulator", "data.json");
const LEGACY_RELATIVE = path.join(".local", "emulator-data.json");

/**
 * The data file to use: EMULATOR_DATA_FILE when set, else the default under `root`.
 * `movedFrom` is set when a legacy `npm start` file was moved into the default place.
 * @param {{ env?: NodeJS.ProcessEnv, root?: string }} [options]
 * @returns {{ dataFile: string, isDefault: boolean, movedFrom?: string }}
 */
function resolveDataFile(options = {}) {
  const env = options.env || process.env;
  const root = options.root || ROOT;
  if (env.EMULATOR_DATA_FILE) return { dataFile: path.resolve(env.EMULATOR_DATA_FILE), isDefault: false };
  const dataFile = path.join(root, DEFAULT_RELATIVE);
  const legacy = path.join(root, LEGACY_RELATIVE);
  if (!fs.existsSync(dataFile) && fs.existsSync(legacy)) {
    fs.mkdirSync(path.dirname(dataFile), { recursive: true });
    fs.renameSync(legacy, dataFile);
    return { dataFile, isDefault: true, movedFrom: legacy };
  }
  return { dataFile, isDefault: true };
}

/** For the console: which file holds the data and how to start over (and a move, if one happened). */
function describeDataFile({ dataFile, movedFrom }, reset) {
  const lines = [];
  if (movedFrom) lines.push(`Moved the old demo data ${movedFrom} to ${dataFile}.`);
  lines.push(`Data file: ${dataFile}${reset ? " (reset to the seed)" : " (--reset restores the seed)"}`);
  return lines.join("\n");
}

module.exports = { resolveDataFile, describeDataFile, DEFAULT_RELATIVE, LEGACY_RELATIVE };
