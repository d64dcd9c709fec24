"use strict";
/**
 * The Planer command set is registered on every generic list of a site (elements.xml) or of the
 * tenant (ClientSideInstance.xml), so its bundle loads on every list view a user opens. Issue 13:
 * that always-loaded part stays tiny (≤ 5 KB gzip); the commands' code (PnPjs, repositories,
 * dialogs) is a chunk loaded on demand. Both package checks (tools/check-package.js and
 * tools/check-package-sp2019.js) hold the bundle to it. Plain CommonJS, Node built-ins only.
 */

const COMMAND_SET_ALIAS = "PlanerCommandSet";
/** gzip -9 bytes of the command set's own bundle (what every list view downloads). */
const COMMAND_SET_MAX_GZIP = 5 * 1024;

/** Failures for a package's bundles ({ file, components, gzip }[]): the command set's bundle over its limit. */
function commandSetLoaderFailures(bundles) {
  const failures = [];
  for (const bundle of bundles) {
    if (!bundle.components.includes(COMMAND_SET_ALIAS) || bundle.gzip <= COMMAND_SET_MAX_GZIP) continue;
    failures.push(
      `${COMMAND_SET_ALIAS}: its bundle ${bundle.file} is ${(bundle.gzip / 1024).toFixed(1)} KiB gzip, over ${COMMAND_SET_MAX_GZIP / 1024} KiB: ` +
        "it loads on every list view, so the commands' code must load on demand (src/extensions/planerCommandSet/statusCommand.ts)"
    );
  }
  return failures;
}

module.exports = { commandSetLoaderFailures, COMMAND_SET_MAX_GZIP };
