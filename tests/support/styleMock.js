// Style imports resolve to class names equal to their keys, so components can be rendered in jsdom.
module.exports = new Proxy({}, { get: (_target, key) => (key === "__esModule" ? false : String(key)) });
