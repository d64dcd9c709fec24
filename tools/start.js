/**
 * `npm start`: builds the demo page, starts the SharePoint emulator with the demo as a static
 * route, and prints the page URL. Data persists between runs in the same file `npm run emulator`
 * uses (tools/emulator/dataFile.js: .local/emulator/data.json, or EMULATOR_DATA_FILE); `--reset`
 * restores the sample plan in it. Ctrl-C stops both.
 */
const { buildDemo } = require("./demo/build");
const { startEmulator } = require("./emulator");
const { resolveDataFile, describeDataFile } = require("./emulator/dataFile");

async function main() {
  const port = Number(process.env.PORT || 4323);
  const reset = process.argv.includes("--reset");
  const { outDir } = await buildDemo();
  const data = resolveDataFile();
  const emulator = await startEmulator({ port, dataFile: data.dataFile, reset, staticRoutes: { "/demo/": outDir } });
  // Ready to stop cleanly before printing the URL: a Ctrl-C right after it still flushes the data.
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    Promise.resolve(emulator.close()).then(
      () => process.exit(0),
      (error) => {
        console.error(`Could not stop the emulator cleanly (${signal}):`, error);
        process.exit(1);
      }
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  console.log(describeDataFile(data, reset));
  console.log(`ØiR-planlægger demo: ${emulator.url}/demo/`);
  console.log("Ctrl-C stops the emulator and the demo.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
