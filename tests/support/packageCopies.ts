/**
 * Broken copies of a built .sppkg for the package checks' tests (tests/package): each copy is the
 * real package with one change, so a test shows that exactly one check fails because of it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";

export interface PackageCopies {
  /** The temporary folder the copies (and any other scratch file of the test) are written to. */
  dir: string;
  /** Writes a copy of the real package, changed by `edit`, and returns its path. */
  brokenCopy: (name: string, edit: (zip: JSZip) => Promise<void>) => Promise<string>;
  /** Removes the folder and everything in it. */
  remove: () => void;
}

export function packageCopies(sppkg: string, prefix: string): PackageCopies {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    brokenCopy: async (name, edit) => {
      const zip = await JSZip.loadAsync(fs.readFileSync(sppkg));
      await edit(zip);
      const file = path.join(dir, `${name}.sppkg`);
      fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true })
  };
}
