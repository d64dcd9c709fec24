"use strict";
/**
 * Persist the emulator's state to a JSON file: atomic writes (temp file + rename, so a crash
 * never leaves half a file), debounced after changes, flushed on close.
 */
const fs = require("fs");
const path = require("path");

function readState(dataFile) {
  if (!dataFile || !fs.existsSync(dataFile)) return null;
  const state = JSON.parse(fs.readFileSync(dataFile, "utf8"));
  return state && state.version === 1 && state.sites ? state : null;
}

function writeStateSync(dataFile, state) {
  fs.mkdirSync(path.dirname(dataFile), { recursive: true });
  const tmp = `${dataFile}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, dataFile);
}

/** A debounced saver. `changed()` after each mutation; `flush()` writes now if anything is pending. */
function createSaver(dataFile, getState, delayMs = 150) {
  let timer = null;
  let dirty = false;
  const flush = () => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!dirty || !dataFile) return;
    dirty = false;
    writeStateSync(dataFile, getState());
  };
  return {
    changed() {
      if (!dataFile) return;
      dirty = true;
      if (!timer) {
        timer = setTimeout(() => { timer = null; flush(); }, delayMs);
        timer.unref();
      }
    },
    flush
  };
}

module.exports = { readState, writeStateSync, createSaver };
