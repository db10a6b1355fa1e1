// Decrypts SOPS files written by infradeck-cli with the independent npm `sops-age` reader and compares the values.
// Usage: node sops-interop.mjs NODE_MODULES_DIR AGE_SECRET_KEY TYPE FILE EXPECTED_JSON
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [modules, secretKey, fileType, file, expectedFile] = process.argv.slice(2);
const require = createRequire(modules + '/');
const { decryptSops } = require('sops-age');
const decrypted = await decryptSops(readFileSync(file, 'utf8'), { secretKey, fileType });
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const strip = (o) => { const c = { ...o }; delete c.sops; return c; };
const got = JSON.stringify(strip(decrypted)), want = JSON.stringify(expected);
if (got !== want) {
    console.error(`sops-age read ${file} as ${got}, expected ${want}`);
    process.exit(1);
}
console.log(`ok ${file}`);
