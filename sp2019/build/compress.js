"use strict";
/**
 * A second, compress-only pass over esbuild's output, and the guard that makes it safe for
 * SPFx 1.4.1's webpack 3.
 *
 * terser's compressor saves a few per cent on top of esbuild's minifier, which is what keeps
 * the booking web part under its 230 KiB budget with React and Fluent bundled. Its *mangler* is
 * left off: webpack 3 rewrites every identifier named like an ES import binding, also where a
 * nested binding of the same name shadows it, and terser's mangled short names collide with
 * esbuild's short import names. In 1.4.1's workbench that surfaced as React's "invalid hook
 * call" (#321): a local `x` was turned into the module `x` import. assertNoShadowedImports
 * fails the build on any such collision, whatever pass produced it.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const { minify } = require(path.join(ROOT, "node_modules", "terser"));
const acorn = require(path.join(ROOT, "node_modules", "acorn"));

const TERSER_OPTIONS = {
  module: true,
  ecma: 2017,
  mangle: false,
  // pure_getters stays off: Fluent and PnPjs read getters with side effects.
  compress: { passes: 2, ecma: 2017 },
  format: { comments: false, ecma: 2017 }
};

/** The names declared by a pattern (a parameter or a variable declarator's id). */
function patternNames(node, out = []) {
  if (!node) return out;
  switch (node.type) {
    case "Identifier":
      out.push(node.name);
      break;
    case "ObjectPattern":
      for (const prop of node.properties) patternNames(prop.type === "RestElement" ? prop.argument : prop.value, out);
      break;
    case "ArrayPattern":
      for (const element of node.elements) patternNames(element, out);
      break;
    case "RestElement":
      patternNames(node.argument, out);
      break;
    case "AssignmentPattern":
      patternNames(node.left, out);
      break;
    default:
      break;
  }
  return out;
}

/** Calls `fn` on every node of an ESTree tree (any node type acorn knows, unlike an old acorn-walk). */
function visit(node, fn) {
  if (!node || typeof node.type !== "string") return;
  fn(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) visit(child, fn);
    else if (value && typeof value === "object" && typeof value.type === "string") visit(value, fn);
  }
}

/**
 * Names that a nested scope declares although a top-level import binding has the same name.
 * webpack 3 would rewrite those local uses to the import, so the bundle must have none.
 */
function shadowedImports(code) {
  const ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: "module" });
  const imports = new Set();
  for (const node of ast.body) {
    if (node.type === "ImportDeclaration") for (const spec of node.specifiers) imports.add(spec.local.name);
  }
  if (imports.size === 0) return [];
  const found = new Set();
  const note = (names) => {
    for (const name of names) if (imports.has(name)) found.add(name);
  };
  const topLevel = new Set(ast.body);
  visit(ast, (node) => {
    switch (node.type) {
      case "VariableDeclaration":
        if (!topLevel.has(node)) for (const d of node.declarations) note(patternNames(d.id));
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        if (node.id && !topLevel.has(node)) note([node.id.name]);
        for (const param of node.params) note(patternNames(param));
        break;
      case "ClassDeclaration":
      case "ClassExpression":
        if (node.id && !topLevel.has(node)) note([node.id.name]);
        break;
      case "CatchClause":
        note(patternNames(node.param));
        break;
      default:
        break;
    }
  });
  return [...found].sort();
}

function assertNoShadowedImports(file, code) {
  const names = shadowedImports(code);
  if (names.length > 0) {
    throw new Error(
      `${path.basename(file)}: nested bindings shadow the import names ${names.join(", ")}; ` +
        "SPFx 1.4.1's webpack 3 would rewrite them to the imports (see sp2019/build/compress.js)"
    );
  }
}

/** Compresses one esbuild output file in place and checks it for webpack 3. */
async function compressFile(file) {
  const source = fs.readFileSync(file, "utf8");
  const result = await minify(source, TERSER_OPTIONS);
  if (typeof result.code !== "string") throw new Error(`${path.basename(file)}: terser returned no code`);
  assertNoShadowedImports(file, result.code);
  fs.writeFileSync(file, result.code);
  return { before: Buffer.byteLength(source), after: Buffer.byteLength(result.code) };
}

module.exports = { compressFile, shadowedImports };
