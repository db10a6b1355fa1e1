#!/usr/bin/env node
// Checks SOPS files two independent ways: (1) the npm `sops-age` decrypter (a third-party reader; it does not
// check the MAC), (2) our own reading: data key via the real `age -d`, every value decrypted with its path as
// additional data, and the MAC recomputed and compared. Needs `npm install sops-age` in the CURRENT directory
// (sops-age brings `yaml` and `dotenv` along), e.g.:
//   mkdir -p /tmp/sopscheck && cd /tmp/sopscheck && npm install sops-age
//   node /path/to/resources/demo/tools/verify-sops.mjs KEYFILE FILE... [-- KEYFILE FILE...]
// Prints one line per file and exits 1 if any check fails.

import { execFileSync } from 'node:child_process';
import { createDecipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const { decryptSops } = require('sops-age');
const YAML = require('yaml');

const ENC_RE = /^ENC\[AES256_GCM,data:([^,]*),iv:([^,]+),tag:([^,]+),type:(\w+)\]$/;

function decryptValue(text, key, aad) {
    const m = ENC_RE.exec(text);
    if (!m) throw new Error(`not an ENC value: ${text.slice(0, 40)}`);
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(m[2], 'base64'));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(Buffer.from(m[3], 'base64'));
    return { plain: Buffer.concat([d.update(Buffer.from(m[1], 'base64')), d.final()]).toString('utf8'), type: m[4] };
}

function parseFile(path) {
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.env')) {
        const data = [];
        const meta = {};
        for (const line of text.split('\n')) {
            if (line === '' || line.startsWith('#')) continue;
            const eq = line.indexOf('=');
            const k = line.slice(0, eq), v = line.slice(eq + 1);
            if (k.startsWith('sops_')) meta[k] = v.replace(/\\n/g, '\n');
            else data.push([k, v]);
        }
        return { data, enc: meta.sops_age__list_0__map_enc, lastmodified: meta.sops_lastmodified, mac: meta.sops_mac,
                 kind: 'env', text };
    }
    const doc = YAML.parse(text);
    const { sops, ...rest } = doc;
    const toPairs = (o) => Object.entries(o).map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? toPairs(v) : v]);
    return { data: toPairs(rest), enc: sops.age[0].enc, lastmodified: sops.lastmodified, mac: sops.mac, kind: 'yaml', text };
}

function ourDecrypt(parsed, keyFile) {
    const key = execFileSync('age', ['-d', '-i', keyFile], { input: parsed.enc });
    if (key.length !== 32) throw new Error(`data key has ${key.length} bytes`);
    const hash = createHash('sha512');
    const out = {};
    const walk = (pairs, path, target) => {
        for (const [k, v] of pairs) {
            const p = [...path, k];
            if (Array.isArray(v) && Array.isArray(v[0])) { target[k] = {}; walk(v, p, target[k]); continue; }
            // List elements share their list's path (sops leaves indices out of the additional data).
            const leaf = (x) => {
                let bytes;
                if (typeof x === 'string' && ENC_RE.test(x)) bytes = decryptValue(x, key, p.join(':') + ':').plain;
                else bytes = typeof x === 'boolean' ? (x ? 'True' : 'False') : String(x);
                hash.update(Buffer.from(bytes, 'utf8'));
                return bytes;
            };
            if (Array.isArray(v)) {
                if (v.some((x) => x !== null && typeof x === 'object')) throw new Error('lists of maps are not supported');
                target[k] = v.map(leaf);
            } else {
                target[k] = leaf(v);
            }
        }
    };
    walk(parsed.data, [], out);
    const mac = decryptValue(parsed.mac, key, parsed.lastmodified).plain;
    const computed = hash.digest('hex').toUpperCase();
    return { values: out, macOk: mac === computed };
}

const flatten = (o, prefix = '') => Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? flatten(v, `${prefix}${k}:`) : [[`${prefix}${k}`, String(v)]]);

let failed = false;
const args = process.argv.slice(2);
let keyFile = null;
let expectKey = true;
for (const a of args) {
    if (a === '--') { expectKey = true; continue; }
    if (expectKey) { keyFile = a; expectKey = false; continue; }
    try {
        const parsed = parseFile(a);
        const ours = ourDecrypt(parsed, keyFile);
        const secretKey = readFileSync(keyFile, 'utf8').match(/AGE-SECRET-KEY-1[0-9A-Z]+/)[0];
        const theirs = await decryptSops(parsed.text, { secretKey, fileType: parsed.kind === 'env' ? 'env' : 'yaml' });
        const a1 = JSON.stringify(flatten(ours.values));
        const b1 = JSON.stringify(flatten(theirs).map(([k, v]) => [k, v === 'true' ? 'True' : v === 'false' ? 'False' : v]));
        const same = a1 === b1;
        console.log(`${ours.macOk && same ? 'OK  ' : 'FAIL'} ${a}: ${flatten(ours.values).length} values, MAC ${ours.macOk ? 'ok' : 'MISMATCH'}, sops-age ${same ? 'agrees' : 'DIFFERS'}`);
        if (!same) console.log(`  ours:   ${a1}\n  theirs: ${b1}`);
        if (!(ours.macOk && same)) failed = true;
    } catch (e) {
        console.log(`FAIL ${a}: ${e.message}`);
        failed = true;
    }
}
process.exit(failed ? 1 : 0);
