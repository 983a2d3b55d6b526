const fs = require('node:fs');
const path = require('node:path');
const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.swcrc'), 'utf8'));
// @swc/jest takes the options inline; paths are resolved by jest's moduleNameMapper instead.
const { baseUrl: _b, paths: _p, ...jsc } = swcrc.jsc;
exports.swcOptions = { ...swcrc, jsc, swcrc: false };
