#!/usr/bin/env node
"use strict";
/**
 * npm run emulator [-- --reset] [-- --port N] [-- --flavor online|sp2019]
 * Starts the SharePoint emulator alone, on the same data file as `npm start` (dataFile.js:
 * .local/emulator/data.json, git-ignored; EMULATOR_DATA_FILE overrides it), so `--reset` restores
 * the seed of the data the demo page shows. The flavour defaults to OIR_EMULATOR_FLAVOR, else
 * "online" (flavors.js).
 * Prints the data file and one line per site; Ctrl-C stops (and flushes the data file).
 */
const { startEmulator } = require("./index");
const { FLAVORS, resolveFlavor } = require("./flavors");
const { resolveDataFile, describeDataFile, DEFAULT_RELATIVE } = require("./dataFile");

const USAGE = `Usage: node tools/emulator/cli.js [--reset] [--port N] [--flavor ${Object.keys(FLAVORS).join("|")}] [--log]   (PORT env, default 4323; OIR_EMULATOR_FLAVOR env, default online; data in ${DEFAULT_RELATIVE}, EMULATOR_DATA_FILE env overrides, shared with npm start)`;

function parseArgs(argv) {
  const args = { reset: false, port: Number(process.env.PORT || 4323), log: false, flavor: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--reset") args.reset = true;
    else if (a === "--log") args.log = true;
    else if (a === "--port") args.port = Number(argv[++i]);
    else if (a.startsWith("--port=")) args.port = Number(a.slice(7));
    else if (a === "--flavor") args.flavor = argv[++i];
    else if (a.startsWith("--flavor=")) args.flavor = a.slice(9);
    else if (a === "--help" || a === "-h") args.help = true;
    else throw new Error(`Unknown argument '${a}'. ${USAGE}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`Invalid port '${args.port}'`);
  if (args.flavor !== undefined && !args.flavor) throw new Error(`--flavor needs a value. ${USAGE}`);
  args.flavor = resolveFlavor(args.flavor).key;
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const data = resolveDataFile();
  const emulator = await startEmulator({
    port: args.port, reset: args.reset, log: args.log, flavor: args.flavor, dataFile: data.dataFile
  });
  // Ready to stop cleanly before saying where it runs: a Ctrl-C right after the URLs still flushes.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await emulator.close();
    process.exit(0);
  };
  process.on("SIGINT", () => { void stop(); });
  process.on("SIGTERM", () => { void stop(); });
  console.log(describeDataFile(data, args.reset));
  console.log(`SharePoint emulator flavour: ${FLAVORS[emulator.flavor].product} (${emulator.flavor})`);
  console.log(`SharePoint emulator (KOMBIT plan site):   ${emulator.sites.kombit}`);
  console.log(`SharePoint emulator (municipality site):  ${emulator.sites.municipality}`);
}

main().catch((err) => {
  console.error(`Emulator failed to start: ${err.message}`);
  process.exit(1);
});
