/**
 * esbuild plugin: `import { Panel, DatePicker } from "@fluentui/react"` in our sources becomes one
 * import per Fluent area (`@fluentui/react/lib/Panel`, `…/lib/DatePicker`), as the package's own
 * index re-exports them. Why: with code splitting, esbuild keeps everything the barrel re-exports
 * for any chunk in the chunk they share, so the task panel's pickers and calendar (loaded on
 * demand) landed in the timeline's first bundle. With direct imports each area lands only in the
 * chunks that use it. The Online build (webpack 5) splits the barrel by usage itself.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCES = path.join(ROOT, "src") + path.sep;

/** Export name → the area module's file (lib/Panel.js, lib/DatePicker.js, …), from @fluentui/react's lib/index.js. */
function fluentAreas() {
  // The package's exports map hides lib/index.js: climb from its main entry to the package folder.
  let dir = path.dirname(require.resolve("@fluentui/react", { paths: [ROOT] }));
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  const libDir = path.join(dir, "lib");
  const index = path.join(libDir, "index.js");
  const source = fs.readFileSync(index, "utf8");
  const areas = new Map();
  for (const match of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*['"]\.\/([^'"]+)['"]/g)) {
    for (const spec of match[1].split(",")) {
      const name = spec.trim().split(/\s+as\s+/).pop();
      // An absolute file: some areas (utilities/ThemeProvider/index) are not in the exports map.
      if (name && !areas.has(name)) areas.set(name, path.join(libDir, `${match[2]}.js`));
    }
  }
  if (areas.size < 100) throw new Error(`fluentDeepImports: could not read @fluentui/react's exports from ${index}`);
  return areas;
}

const BARREL_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']@fluentui\/react["'];?/g;

/**
 * The source with each import from the barrel split by area. lib/index.js lists every value the
 * package exports; a name it does not list is a type (erased), so it stays an `import type`.
 */
function rewriteImports(source, areas) {
  return source.replace(BARREL_IMPORT, (_statement, list) => {
    const byArea = new Map();
    const types = [];
    for (const raw of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      const plain = raw.replace(/^type\s+/, "");
      const area = raw.startsWith("type ") ? undefined : areas.get(plain.split(/\s+as\s+/)[0]);
      if (!area) {
        types.push(plain);
        continue;
      }
      if (!byArea.has(area)) byArea.set(area, []);
      byArea.get(area).push(raw);
    }
    const imports = [...byArea].map(([area, names]) => `import { ${names.join(", ")} } from ${JSON.stringify(area)};`);
    if (types.length > 0) imports.push(`import type { ${types.join(", ")} } from "@fluentui/react";`);
    return imports.join(" ");
  });
}

function createFluentDeepImportsPlugin() {
  const areas = fluentAreas();
  return {
    name: "oir-fluent-deep-imports",
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        if (!args.path.startsWith(SOURCES)) return undefined;
        const source = fs.readFileSync(args.path, "utf8");
        if (!source.includes("@fluentui/react\"") && !source.includes("@fluentui/react'")) return undefined;
        return { contents: rewriteImports(source, areas), loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
      });
    }
  };
}

module.exports = { createFluentDeepImportsPlugin };
