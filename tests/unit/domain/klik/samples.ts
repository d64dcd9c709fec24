/** The KLIK sample exports (copies in tests/fixtures/klik of ../shared/samples/klik), and helpers to damage them. */
import { readFileSync } from "fs";
import { join } from "path";

// The repo carries its own copies: a clone must test without anything beside it.
const SAMPLES = join(__dirname, "../../../fixtures/klik");

/** The text of a sample export. */
export function sample(name: "IN31" | "OA12"): string {
  const file = name === "IN31" ? "IN31-etabler-oir-integrationer.txt" : "OA12-udpeg-ky-systemansvarlig.txt";
  return readFileSync(join(SAMPLES, file), "utf8");
}

/** OA12 with line `no` (1-based) replaced by `text` (or removed when text is undefined). */
export function oa12WithLine(no: number, text?: string): string {
  const lines = sample("OA12").split("\n");
  if (text === undefined) lines.splice(no - 1, 1);
  else lines[no - 1] = text;
  return lines.join("\n");
}

/** OA12 cut after line `no`, as a truncated copy-paste would leave it. */
export function oa12UpTo(no: number): string {
  return sample("OA12").split("\n").slice(0, no).join("\n");
}
