const { loadAmdLoc, locFile } = require("./amdLoc");
module.exports = loadAmdLoc(locFile("commandSet"));
