#!/usr/bin/env node
"use strict";
/**
 * npm run emulator [-- --reset] [-- --port N]
 * Starts the SharePoint emulator alone; data in .local/emulator/data.json (git-ignored;
 * EMULATOR_DATA_FILE overrides it, for tests).
 * Prints one line per site; Ctrl-C stops (and flushes the data file).
 */
const path = require("path");
const { startEmulator } = require("./index");

function parseArgs(argv) {
  const args = { reset: false, port: Number(process.env.PORT || 4323), log: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--reset") args.reset = true;
    else if (a === "--log") args.log = true;
    else if (a === "--port") args.port = Number(argv[++i]);
    else if (a.startsWith("--port=")) args.port = Number(a.slice(7));
    else if (a === "--help" || a === "-h") args.help = true;
    else throw new Error(`Unknown argument '${a}'. Usage: node tools/emulator/cli.js [--reset] [--port N] [--log]`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`Invalid port '${args.port}'`);
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log("Usage: node tools/emulator/cli.js [--reset] [--port N] [--log]   (PORT env, default 4323)");
    return;
  }
  const root = path.resolve(__dirname, "..", "..");
  const emulator = await startEmulator({
    port: args.port, reset: args.reset, log: args.log,
    dataFile: process.env.EMULATOR_DATA_FILE || path.join(root, ".local", "emulator", "data.json")
  });
  console.log(`SharePoint emulator (KOMBIT plan site):   ${emulator.sites.kombit}`);
  console.log(`SharePoint emulator (municipality site):  ${emulator.sites.municipality}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await emulator.close();
    process.exit(0);
  };
  process.on("SIGINT", () => { void stop(); });
  process.on("SIGTERM", () => { void stop(); });
}

main().catch((err) => {
  console.error(`Emulator failed to start: ${err.message}`);
  process.exit(1);
});
