/**
 * `npm start`: builds the demo page, starts the SharePoint emulator with the demo as a static
 * route, and prints the page URL. Data persists in .local/ between runs (`--reset` restores the
 * sample plan). Ctrl-C stops both.
 */
const path = require("path");
const { buildDemo } = require("./demo/build");
const { startEmulator } = require("./emulator");

const ROOT = path.resolve(__dirname, "..");

async function main() {
  const port = Number(process.env.PORT || 4323);
  const reset = process.argv.includes("--reset");
  const { outDir } = await buildDemo();
  const emulator = await startEmulator({
    port,
    dataFile: path.join(ROOT, ".local", "emulator-data.json"),
    reset,
    staticRoutes: { "/demo/": outDir }
  });
  console.log(`ØiR-planlægger demo: ${emulator.url}/demo/`);
  console.log("Ctrl-C stops the emulator and the demo.");

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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
