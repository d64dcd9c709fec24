// The TypeScript build of SPFx expects a file at the root of src/ ("main": "lib/index.js").
// The components are registered through config/config.json, not from here.
export {};
