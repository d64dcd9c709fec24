/**
 * ESLint for ØiR-planlægger: the SPFx React profile, type-aware TypeScript rules, and
 * `no-restricted-imports` rules that keep the dependencies pointing one way (DESIGN §5):
 *
 *   src/domain  ←  src/data  ←  src/session  ←  src/ui  ←  src/webparts, src/extensions  ←  src/sp2019
 *
 * src/session is the plan session (loading, saving, conflicts, undo) in plain TypeScript: it
 * codes against the repository interfaces of src/data and knows no framework (docs/architecture.md).
 *
 * src/sp2019 holds the SharePoint Server 2019/SE (SPFx 1.4.1) entries and adapters; it is typed
 * against SPFx 1.4.1 (sp2019/tsconfig.check.json), so it is linted with that project.
 *
 * A wrong-way import is an error (checked by tests/unit/lint/layering.test.ts).
 * Lint runs with --max-warnings 0, so every rule below is effectively an error.
 */
require("@rushstack/eslint-config/patch/modern-module-resolution");

/** SPFx, Fluent UI and PnPjs belong to the outer layers. */
const FRAMEWORK = {
  // A leading "/" anchors the pattern (gitignore syntax): "react" alone would also match "@fluentui/react".
  react: { group: ["/react", "/react/**", "/react-dom", "/react-dom/**"], message: "React belongs in src/ui." },
  fluent: { group: ["@fluentui/**", "/office-ui-fabric-react", "/office-ui-fabric-react/**"], message: "Fluent UI belongs in src/ui." },
  pnp: { group: ["@pnp/**"], message: "PnPjs belongs in src/data/pnp (and the web part classes that build it)." },
  microsoft: { group: ["@microsoft/**"], message: "SPFx packages belong in src/webparts and src/extensions." },
  spfx: { group: ["@microsoft/sp-*", "@microsoft/sp-*/**"], message: "SPFx packages belong in src/webparts and src/extensions." }
};

/** Relative imports that climb into another layer ("../data", "../../ui/timeline", ...). */
function layerImport(folder, message) {
  return { group: [`**/${folder}`, `**/${folder}/**`], message };
}

/** Loc modules are resolved by name; the domain returns data and the UI turns it into words. */
const LOC_MODULES = {
  group: ["/OirCommonStrings", "/OirTimelineWebPartStrings", "/ResourceBookingWebPartStrings", "/PlanerCommandSetStrings"],
  message: "The domain returns data (e.g. { kind: \"dependency\" }); src/ui turns it into words from the loc modules."
};

function restrictImports(patterns) {
  return { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] };
}

module.exports = {
  extends: ["@microsoft/eslint-config-spfx/lib/profiles/react"],
  // The SPFx profile leaves the parser empty; the TypeScript parser also reads our plain JS.
  parser: "@typescript-eslint/parser",
  parserOptions: { ecmaVersion: 2022, sourceType: "module", ecmaFeatures: { jsx: true } },
  settings: { react: { version: "17.0" } },
  env: { es2022: true },
  ignorePatterns: ["node_modules/", "lib/", "lib-*/", "dist/", "temp/", "release/", "sharepoint/solution/", "coverage/", ".local/", "*.d.ts"],
  overrides: [
    {
      // All TypeScript: type-aware rules. tsconfig.eslint.json covers src, tests and tools.
      files: ["*.ts", "*.tsx"],
      parserOptions: { project: "./tsconfig.eslint.json", tsconfigRootDir: __dirname },
      rules: {
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", ignoreRestSiblings: true }],
        "@typescript-eslint/explicit-module-boundary-types": "error",
        "@typescript-eslint/no-floating-promises": "error",
        // JSX event handlers may be async; React ignores the returned promise by design.
        "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
        "@microsoft/spfx/pair-react-dom-render-unmount": "error",
        // SPFx 1.23 targets ES2017+ browsers; async/await is fine (the rule dates from the ES5 era).
        "@microsoft/spfx/no-async-await": "off",
        "react-hooks/rules-of-hooks": "error",
        "react-hooks/exhaustive-deps": "error",
        "promise/param-names": "error",
        "eqeqeq": ["error", "smart"],
        "no-console": ["error", { allow: ["warn", "error"] }]
      }
    },

    // ---- Layering (DESIGN §5) -------------------------------------------------------------
    {
      files: ["src/domain/**/*.ts", "src/domain/**/*.tsx"],
      rules: restrictImports([
        FRAMEWORK.react, FRAMEWORK.fluent, FRAMEWORK.pnp, FRAMEWORK.microsoft, LOC_MODULES,
        { group: ["/dompurify"], message: "Sanitizing HTML happens where it is rendered (src/ui)." },
        layerImport("data", "src/domain must not import src/data: data depends on the domain, not the other way."),
        layerImport("session", "src/domain must not import src/session."),
        layerImport("ui", "src/domain must not import src/ui."),
        layerImport("webparts", "src/domain must not import src/webparts."),
        layerImport("extensions", "src/domain must not import src/extensions."),
        layerImport("sp2019", "src/domain must not import src/sp2019.")
      ])
    },
    {
      files: ["src/data/**/*.ts", "src/data/**/*.tsx"],
      rules: restrictImports([
        FRAMEWORK.react, FRAMEWORK.fluent, FRAMEWORK.spfx,
        layerImport("ui", "src/data must not import src/ui: the UI depends on data, not the other way."),
        layerImport("session", "src/data must not import src/session: the session uses the repositories, not the other way."),
        layerImport("webparts", "src/data must not import src/webparts."),
        layerImport("extensions", "src/data must not import src/extensions."),
        layerImport("sp2019", "src/data must not import src/sp2019.")
      ])
    },
    {
      // The plan session: plain TypeScript over the repository interfaces, so it runs and is tested with no view.
      files: ["src/session/**/*.ts", "src/session/**/*.tsx"],
      rules: restrictImports([
        FRAMEWORK.react, FRAMEWORK.fluent, FRAMEWORK.pnp, FRAMEWORK.microsoft, LOC_MODULES,
        {
          group: ["**/data/pnp", "**/data/pnp/**", "**/data/memory", "**/data/memory/**"],
          message: "src/session codes against the repository interfaces (src/data/repositories), not an implementation."
        },
        layerImport("ui", "src/session must not import src/ui: the views bind to the session, not the other way."),
        layerImport("webparts", "src/session must not import src/webparts."),
        layerImport("extensions", "src/session must not import src/extensions."),
        layerImport("sp2019", "src/session must not import src/sp2019.")
      ])
    },
    {
      files: ["src/ui/**/*.ts", "src/ui/**/*.tsx"],
      rules: restrictImports([
        FRAMEWORK.spfx, FRAMEWORK.pnp,
        {
          group: ["**/data/pnp", "**/data/pnp/**"],
          message: "src/ui gets repositories as props (interfaces from src/data/repositories); only the web part classes build the PnPjs ones."
        },
        layerImport("webparts", "src/ui must not import src/webparts: the web parts render the UI, not the other way."),
        layerImport("extensions", "src/ui must not import src/extensions."),
        layerImport("sp2019", "src/ui must not import src/sp2019.")
      ])
    },
    {
      // The Online web parts and extensions do not depend on the SharePoint Server entries.
      files: ["src/webparts/**/*.ts", "src/webparts/**/*.tsx", "src/extensions/**/*.ts", "src/extensions/**/*.tsx"],
      rules: restrictImports([layerImport("sp2019", "src/webparts and src/extensions must not import src/sp2019: the SharePoint Server entries build on them.")])
    },
    {
      // Typed against SPFx 1.4.1 (sp2019/node_modules), not the Online SPFx.
      files: ["src/sp2019/**/*.ts"],
      parserOptions: { project: "./sp2019/tsconfig.check.json", tsconfigRootDir: __dirname }
    },

    // ---- Node code: tools, tests, config ---------------------------------------------------
    {
      files: ["*.js", "*.cjs", "*.mjs"],
      env: { node: true },
      rules: {
        // Node scripts and gulpfile.js are CommonJS.
        "@typescript-eslint/no-require-imports": "off",
        "@typescript-eslint/no-var-requires": "off"
      }
    },
    {
      files: ["*.mjs"],
      parserOptions: { sourceType: "module" }
    },
    {
      files: ["src/loc/**/*.js"],
      // SPFx loc files are AMD modules: define([], function () { return {...}; }).
      env: { amd: true, node: false }
    },
    {
      files: ["tools/**", "tests/**", "*.config.*", "gulpfile.js", ".eslintrc.js"],
      env: { node: true },
      rules: {
        // Command-line tools and test helpers report on the console.
        "no-console": "off"
      }
    },
    {
      files: ["tests/**"],
      env: { jest: true, node: true },
      rules: {
        // Test callbacks and fixtures need no exported API types.
        "@typescript-eslint/explicit-module-boundary-types": "off"
      }
    }
  ]
};
