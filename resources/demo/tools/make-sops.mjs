#!/usr/bin/env node
// Writes the demo workspace's SOPS files (credentials/*.enc.env and credentials/production.enc.yaml) the way
// sops 3.8.1 writes them for an age recipient. Node 20 built-ins only, plus the real `age` binary for the
// data key. Usage (from resources/demo):   node tools/make-sops.mjs
//
// What sops does, and what this script does the same way:
//  - a random 32-byte data key, encrypted to every age recipient with `age -r RECIPIENT -a` (armored);
//  - each non-empty value: AES-256-GCM with a random 32-byte IV and the data key; additional data = the map
//    keys on the path joined with ":" plus a trailing ":" (dotenv: "KEY:"); stored as
//    ENC[AES256_GCM,data:<b64>,iv:<b64>,tag:<b64>,type:<str|int|bool>];
//  - empty strings and keys ending in "_unencrypted" stay in clear text;
//  - MAC = SHA-512 over every value's plaintext bytes in document order (clear-text ones included), as
//    uppercase hex, encrypted with the data key and the `lastmodified` string as additional data;
//  - dotenv: data lines, then the flattened metadata keys sorted by name, newlines in `enc` written as "\n";
//  - YAML: 4-space indentation, then the `sops:` map in sops 3.8's field order (empty kms/gcp_kms/azure_kv/
//    hc_vault/pgp lists kept, as 3.8 does).
// Re-running changes every ciphertext (new data key, new IVs); plaintexts and layout stay the same.

import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOPS_VERSION = '3.8.1';

function recipientFromKeyFile(path) {
    const m = readFileSync(path, 'utf8').match(/^# public key: (age1[0-9a-z]+)$/m);
    if (!m) throw new Error(`${path}: no "# public key: age1..." line`);
    return m[1];
}
const RECIPIENT = recipientFromKeyFile(join(demoDir, 'keys/demo-age-key.txt'));

// --- the demo plaintexts (all fake; every secret contains "demo") -------------------------------------------
// Lists of [key, value] keep the file order. `null` in the YAML tree is never used; nested maps are objects
// given as arrays of pairs so their order is explicit too.
const common = [
    ['VERCEL_API_TOKEN', 'demo-vercel-token-xK9mQ2vL7pR4tN8wZ3yB'],
    ['SMTP_USER', 'postmaster@mg.example.com'],
    ['SMTP_PASSWORD', 'demo-smtp-password-Hq7Zr2Lx'],
    ['APP_NAME_unencrypted', 'acme-shop'],
];
const production = [
    ['APP_ENV', 'production'],
    ['DATABASE_URL', 'postgres://shop:demo-db-password-prod-7Qx2@db-1.internal.example.com:5432/shop?sslmode=require'],
    ['BETTER_AUTH_SECRET', 'demo-better-auth-secret-prod-V8f3kLw9QzR2mT6x'],
    ['KV_REDIS_URL', 'rediss://default@redis-prod.example.com:6380/0'],
    // KV_REDIS_PASSWORD deliberately missing: the "required keys" check has something to report.
    ['HCLOUD_TOKEN', 'demoHcloudTokenProd000000000000000000000000000000000000000000000'],
];
const staging = [
    ['APP_ENV', 'staging'],
    ['DATABASE_URL', 'postgres://shop:demo-db-password-staging-3Kp9@db-1.staging.internal.example.com:5432/shop'],
    ['BETTER_AUTH_SECRET', 'demo-better-auth-secret-staging-Jm4nB7cX2wQ9'],
    ['KV_REDIS_URL', 'rediss://default@redis-staging.example.com:6380/0'],
    ['KV_REDIS_PASSWORD', ''], // deliberately empty: sops keeps it unencrypted; flagged by the required-keys check
    ['HCLOUD_TOKEN', 'demoHcloudTokenStaging00000000000000000000000000000000000000000'],
];
const preview = (pr) => [
    ['APP_ENV', 'preview'],
    ['DATABASE_URL', `postgres://shop:demo-db-password-pr${pr}@db-pr-${pr}.preview.internal.example.com:5432/shop_pr_${pr}`],
    ['BETTER_AUTH_SECRET', `demo-better-auth-secret-pr-${pr}-Tg5hY8uJ1kL3`],
    ['KV_REDIS_URL', `redis://default@pr-${pr}.preview.example.com:6379/${pr % 16}`],
    ['KV_REDIS_PASSWORD', `demo-redis-password-pr-${pr}`],
    ['HCLOUD_TOKEN', 'demoHcloudTokenPreview00000000000000000000000000000000000000000'],
];
// Nested YAML store: the same kind of secrets grouped the way a Helm/values-style file would hold them.
const productionYaml = [
    ['postgres', [
        ['primary', [
            ['host_unencrypted', 'db-1.internal.example.com'],
            ['port', 5432],
            ['user', 'shop'],
            ['password', 'demo-db-password-prod-7Qx2'],
        ]],
        ['replica_password', 'demo-db-replica-password-prod-4Rt8'],
    ]],
    ['stripe', [
        ['secret_key', 'sk_test_demo_51HxDemoOnlyNotARealKey000000'],
        ['webhook_secret', 'whsec_demo_0000000000000000000000000000'],
        ['live_mode', false],
    ]],
    ['backup', [
        ['s3_access_key', 'DEMOACCESSKEY0000000'],
        ['s3_secret_key', 'demo-s3-secret-key-Wn2Vb6Xc9Zl1'],
    ]],
];

const files = [
    { path: 'credentials/common.enc.env', kind: 'dotenv', data: common, lastmodified: '2026-11-18T09:14:02Z' },
    { path: 'credentials/production.enc.env', kind: 'dotenv', data: production, lastmodified: '2026-11-20T16:41:37Z' },
    { path: 'credentials/production.enc.yaml', kind: 'yaml', data: productionYaml, lastmodified: '2026-11-20T16:43:05Z' },
    { path: 'credentials/staging.enc.env', kind: 'dotenv', data: staging, lastmodified: '2026-11-19T11:02:51Z' },
    { path: 'credentials/pr-123.enc.env', kind: 'dotenv', data: preview(123), lastmodified: '2026-11-21T08:30:12Z' },
    { path: 'credentials/pr-124.enc.env', kind: 'dotenv', data: preview(124), lastmodified: '2026-11-22T14:05:48Z' },
];

// --- sops primitives ----------------------------------------------------------------------------------------
function plaintextOf(value) {
    if (typeof value === 'boolean') return { bytes: value ? 'True' : 'False', type: 'bool' };
    if (Number.isInteger(value)) return { bytes: String(value), type: 'int' };
    if (typeof value === 'string') return { bytes: value, type: 'str' };
    throw new Error(`unsupported value ${JSON.stringify(value)}`);
}

function encryptValue(plain, type, dataKey, additionalData) {
    const iv = randomBytes(32);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
    cipher.setAAD(Buffer.from(additionalData, 'utf8'));
    const data = Buffer.concat([cipher.update(Buffer.from(plain, 'utf8')), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},` +
        `tag:${tag.toString('base64')},type:${type}]`;
}

function encryptDataKey(dataKey) {
    return execFileSync('age', ['-r', RECIPIENT, '-a'], { input: dataKey }).toString('utf8');
}

// Walks the tree in document order: encrypts leaves, feeds the MAC hash, returns the encrypted tree.
function encryptTree(pairs, dataKey, hash, path = [], unencrypted = false) {
    return pairs.map(([key, value]) => {
        const keyPath = [...path, key];
        const clear = unencrypted || key.endsWith('_unencrypted');
        if (Array.isArray(value)) return [key, encryptTree(value, dataKey, hash, keyPath, clear)];
        const { bytes, type } = plaintextOf(value);
        hash.update(Buffer.from(bytes, 'utf8'));
        if (clear || bytes === '') return [key, value];
        return [key, encryptValue(bytes, type, dataKey, keyPath.join(':') + ':')];
    });
}

function makeFile({ kind, data, lastmodified }) {
    const dataKey = randomBytes(32);
    const hash = createHash('sha512');
    const tree = encryptTree(data, dataKey, hash);
    const mac = encryptValue(hash.digest('hex').toUpperCase(), 'str', dataKey, lastmodified);
    const enc = encryptDataKey(dataKey);
    dataKey.fill(0);
    return kind === 'dotenv' ? emitDotenv(tree, enc, lastmodified, mac) : emitYaml(tree, enc, lastmodified, mac);
}

function emitDotenv(tree, enc, lastmodified, mac) {
    const meta = {
        sops_age__list_0__map_enc: enc.replace(/\n/g, '\\n'),
        sops_age__list_0__map_recipient: RECIPIENT,
        sops_lastmodified: lastmodified,
        sops_mac: mac,
        sops_unencrypted_suffix: '_unencrypted',
        sops_version: SOPS_VERSION,
    };
    const lines = tree.map(([k, v]) => `${k}=${v}`);
    for (const k of Object.keys(meta).sort()) lines.push(`${k}=${meta[k]}`);
    return lines.join('\n') + '\n';
}

function yamlScalar(v) {
    if (typeof v !== 'string') return String(v);
    if (v === '' || /^[\s'"&*!|>%@`#,\[\]{}?:-]|: | #|\s$/.test(v) ||
        /^(true|false|yes|no|null|~|[-+]?\d[\d._]*(e[-+]?\d+)?)$/i.test(v))
        return JSON.stringify(v);
    return v;
}

function emitYamlMap(pairs, indent) {
    const pad = ' '.repeat(indent);
    return pairs.map(([k, v]) => Array.isArray(v)
        ? `${pad}${k}:\n${emitYamlMap(v, indent + 4)}`
        : `${pad}${k}: ${yamlScalar(v)}\n`).join('');
}

function emitYaml(tree, enc, lastmodified, mac) {
    const encBlock = enc.trimEnd().split('\n').map((l) => `            ${l}\n`).join('');
    return emitYamlMap(tree, 0) +
        'sops:\n' +
        '    kms: []\n' +
        '    gcp_kms: []\n' +
        '    azure_kv: []\n' +
        '    hc_vault: []\n' +
        '    age:\n' +
        `        - recipient: ${RECIPIENT}\n` +
        '          enc: |\n' + encBlock +
        `    lastmodified: "${lastmodified}"\n` +
        `    mac: ${mac}\n` +
        '    pgp: []\n' +
        '    unencrypted_suffix: _unencrypted\n' +
        `    version: ${SOPS_VERSION}\n`;
}

for (const f of files) {
    writeFileSync(join(demoDir, f.path), makeFile(f));
    console.log(`wrote ${f.path}`);
}
