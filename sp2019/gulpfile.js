"use strict";

/**
 * SPFx 1.4.1's own build for the SharePoint Server 2019/SE package. build/prepare.js has already
 * pre-bundled each component into lib/ (ES2017, minified by esbuild); webpack 3 only wraps it as
 * the AMD module the farm's loader wants. UglifyJS (ES5 only) cannot read ES2017, so it is removed.
 * (The icon fonts are copied beside the bundles between bundle and package: build/package.js.)
 */
const build = require("@microsoft/sp-build-web");

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = (config.plugins || []).filter((plugin) => plugin.constructor.name !== "UglifyJsPlugin");
    return config;
  }
});

build.initialize(require("gulp"));
