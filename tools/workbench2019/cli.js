#!/usr/bin/env node
"use strict";
/**
 * node tools/workbench2019/cli.js [--port N] [--no-build] [--sp2019 <folder>]
 * SPFx 1.4.1's workbench with the SharePoint Server 2019 package and the emulator (flavor sp2019)
 * on one https origin (self-signed: accept the certificate warning). Ctrl-C stops.
 */
const { startWorkbench2019 } = require("./index");

const USAGE = "Usage: node tools/workbench2019/cli.js [--port N] [--no-build] [--sp2019 <folder>]";

function parseArgs(argv) {
  const args = { port: 4321, build: true, sp2019Dir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--port") args.port = Number(argv[++i]);
    else if (a === "--no-build") args.build = false;
    else if (a === "--sp2019") args.sp2019Dir = require("path").resolve(argv[++i]);
    else throw new Error(`Unknown argument '${a}'. ${USAGE}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`Invalid port. ${USAGE}`);
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const wb = await startWorkbench2019({ port: args.port, build: args.build, sp2019Dir: args.sp2019Dir, log: console.log });
  console.log(`SPFx 1.4.1 workbench:        ${wb.workbenchUrl}`);
  console.log(`KOMBIT plan site (emulator): ${wb.sites.kombit}`);
  console.log(`Municipality site (page):    ${wb.sites.municipality}`);
  const stop = () => {
    wb.close().then(() => process.exit(0), (error) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
