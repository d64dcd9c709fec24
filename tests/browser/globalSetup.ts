/**
 * Builds the demo and starts a private emulator for the browser tests: free port, fresh data
 * file in a temp folder, seeded from the sample plan. Tests read the page URL from OIR_DEMO_URL.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface Emulator {
  url: string;
  close(): Promise<void> | void;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildDemo } = require("../../tools/demo/build") as { buildDemo: (o?: { quiet?: boolean }) => Promise<{ outDir: string }> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startEmulator } = require("../../tools/emulator") as {
  startEmulator: (o: { port: number; dataFile: string; reset: boolean; staticRoutes: Record<string, string> }) => Promise<Emulator>;
};

export default async function globalSetup(): Promise<() => Promise<void>> {
  const { outDir } = await buildDemo({ quiet: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-browser-"));
  const emulator = await startEmulator({
    port: 0,
    dataFile: path.join(dataDir, "emulator-data.json"),
    reset: true,
    staticRoutes: { "/demo/": outDir }
  });
  process.env.OIR_EMULATOR_URL = emulator.url;
  process.env.OIR_DEMO_URL = `${emulator.url.replace(/\/$/, "")}/demo/`;
  return async () => {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
