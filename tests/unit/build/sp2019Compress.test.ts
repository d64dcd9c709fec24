/**
 * The SharePoint Server 2019 build's guard against webpack 3's import rewriting
 * (sp2019/build/compress.js): a nested binding named like an ES import is rewritten to the import
 * by 1.4.1's webpack, so a bundle holding one must fail the build, and the compress-only terser
 * pass must never produce one from esbuild's output.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { shadowedImports, compressFile } = require("../../../sp2019/build/compress.js") as {
  shadowedImports: (code: string) => string[];
  compressFile: (file: string) => Promise<{ before: number; after: number }>;
};

test("finds nested variables, parameters, functions and catch bindings named like an import", () => {
  const code = `
    import { a as x, y } from "m";
    import z from "n";
    import * as ns from "o";
    function f(x) { return x; }
    const g = () => { let { y } = {}; try { h(); } catch (z) { return z; } function ns() {} return y; };
  `;
  expect(shadowedImports(code)).toEqual(["ns", "x", "y", "z"]);
});

test("top-level code and unrelated nested names pass", () => {
  const code = `
    import { a as x } from "m";
    export const q = 1;
    function f(p) { const r = x(p); return r; }
    class C { m(s) { return s; } }
    export { f, C };
  `;
  expect(shadowedImports(code)).toEqual([]);
});

test("compressFile shrinks esbuild-like output without mangling names into the imports' names", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-compress-"));
  const file = path.join(dir, "bundle.js");
  fs.writeFileSync(
    file,
    `import { useState as e } from "react";\nexport function Counter(initialValue) {\n  const [count, setCount] = e(initialValue);\n  if (false) { console.log("never"); }\n  return { count, increment: function () { return setCount(count + 1); } };\n}\n`
  );
  const { before, after } = await compressFile(file);
  const out = fs.readFileSync(file, "utf8");
  expect(after).toBeLessThan(before);
  expect(out).not.toContain("never");
  expect(out).toContain("initialValue");
  expect(shadowedImports(out)).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("compressFile refuses output where a nested binding shadows an import", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-compress-"));
  const file = path.join(dir, "bundle.js");
  fs.writeFileSync(file, `import { useState as e } from "react";\nexport function f(e) { return e * 2; }\nexport const g = e;\n`);
  await expect(compressFile(file)).rejects.toThrow(/shadow the import names e/);
  fs.rmSync(dir, { recursive: true, force: true });
});
