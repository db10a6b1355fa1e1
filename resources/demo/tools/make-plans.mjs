#!/usr/bin/env node
// Writes the demo workspace's Terraform artifacts: plans/<env>.plan.json (what `terraform show -json PLANFILE`
// prints with Terraform 1.9.8, format_version 1.2) and states/<env>.tfstate (raw state, version 4), from one
// description per environment so that plan, prior_state and state always agree. Node 20 built-ins only.
// Usage (from resources/demo):   node tools/make-plans.mjs        Deterministic: re-running gives the same bytes.
//
// Faithful details reproduced from Terraform's jsonplan/jsonstate packages (compare the fixtures under
// shared/fixtures/plans): one-line JSON; attribute objects with sorted keys; unknown values absent from `after`
// and `true` in `after_unknown`; `after_unknown`/`*_sensitive` built like Terraform's unknownAsBool /
// SensitiveAsBool (false leaves omitted from objects, lists mapped element by element, empty containers kept);
// sensitive input variables keep their value in `variables` (Terraform prints it; only
// configuration.root_module.variables says `sensitive: true`); `prior_state` is the REFRESHED state, so an
// attribute changed outside Terraform (see `resource_drift`) differs between states/<env>.tfstate (last apply)
// and the plan's prior_state.

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const TF_VERSION = '1.9.8';
const U = Symbol('unknown');        // an unknown primitive or object
const UL = Symbol('unknown-list');  // an unknown list/set: SensitiveAsBool gives [] for it, not false
const PROVIDERS = {
    hcloud: 'registry.terraform.io/hetznercloud/hcloud',
    vercel: 'registry.terraform.io/vercel/vercel',
};
// SDKv2 providers store {"schema_version":"0"} as private data; the Vercel provider (plugin framework) none.
const HCLOUD_PRIVATE = Buffer.from('{"schema_version":"0"}').toString('base64');

// --- value helpers ------------------------------------------------------------------------------------------
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function sortKeys(v) {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (isObj(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
    return v;
}
function known(v) {
    const isU = (x) => x === U || x === UL;
    if (Array.isArray(v)) return v.filter((x) => !isU(x)).map(known);
    if (isObj(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => !isU(x)).map(([k, x]) => [k, known(x)]));
    return v;
}
function unknownAsBool(v) {
    if (v === U || v === UL) return true;
    if (v === null || !(typeof v === 'object')) return false;
    if (Array.isArray(v)) return v.map(unknownAsBool);
    const out = {};
    for (const [k, x] of Object.entries(v)) { const b = unknownAsBool(x); if (b !== false) out[k] = b; }
    return out;
}
function sensitiveAsBool(v, paths, here = []) {
    if (paths.some((p) => p.length === here.length && p.every((s, i) => s === here[i]))) return true;
    if (v === UL) return [];
    if (v === null || v === U || !(typeof v === 'object')) return false;
    if (Array.isArray(v)) return v.map((x, i) => sensitiveAsBool(x, paths, [...here, i]));
    const out = {};
    for (const [k, x] of Object.entries(v)) { const b = sensitiveAsBool(x, paths, [...here, k]); if (b !== false) out[k] = b; }
    return out;
}
const refs = (...addrs) => ({ references: addrs });
const ref = (addr, attr) => refs(`${addr}.${attr}`, addr);
const c = (v) => ({ constant_value: v });

// --- fake but well-formed SSH keys: ed25519 wire format from a seed, MD5 fingerprint like Hetzner shows -------
function sshKey(seed, comment) {
    const pub = createHash('sha256').update(seed).digest();
    const wire = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), pub]);
    const fingerprint = createHash('md5').update(wire).digest('hex').match(/../g).join(':');
    return { public_key: `ssh-ed25519 ${wire.toString('base64')} ${comment}`, fingerprint };
}

// --- resource attribute builders (real provider attribute names) --------------------------------------------
function sshKeyAttrs(id, name, seed) {
    return sortKeys({ id, name, labels: {}, ...sshKey(seed, name) });
}
function firewallAttrs(id, name, ports, labels) {
    const rule = (description, port) => ({ description, destination_ips: [], direction: 'in', port, protocol: 'tcp',
                                           source_ips: ['0.0.0.0/0', '::/0'] });
    return sortKeys({ id, name, labels, apply_to: [], rule: ports.map(([d, p]) => rule(d, p)) });
}
function serverAttrs(o) {
    return sortKeys({
        allow_deprecated_images: false, backup_window: o.backups ? '22-02' : '', backups: o.backups ?? false,
        datacenter: o.datacenter, delete_protection: o.protect ?? false, firewall_ids: o.firewall_ids,
        id: o.id, ignore_remote_firewall_ids: false, image: o.image, ipv4_address: o.ipv4, ipv6_address: o.ipv6,
        ipv6_network: o.ipv6net, iso: null, keep_disk: false, labels: o.labels, location: o.location,
        name: o.name, network: [], placement_group_id: null, primary_disk_size: o.disk,
        public_net: [{ ipv4: o.primary_ip ?? 0, ipv4_enabled: true, ipv6: 0, ipv6_enabled: true }],
        rebuild_protection: o.protect ?? false, rescue: null, server_type: o.server_type,
        shutdown_before_deletion: true, ssh_keys: o.ssh_keys, status: o.status ?? 'running', timeouts: null,
        user_data: o.user_data,
    });
}
function dnsAttrs(id, name, type, value, ttl = 300) {
    return sortKeys({ comment: null, domain: 'example.com', id, mx_priority: null, name, srv: null,
                      team_id: 'team_demoAcme0000000000001', ttl, type, value });
}
const cloudInit = (envName, secret) =>
    '#cloud-config\n' +
    'package_update: true\n' +
    'packages: [docker.io, docker-compose-v2]\n' +
    'write_files:\n' +
    '  - path: /etc/acme-shop/app.env\n' +
    "    permissions: '0600'\n" +
    '    content: |\n' +
    `      APP_ENV=${envName}\n` +
    `      APP_SECRET=${secret}\n` +
    'runcmd:\n' +
    '  - [systemctl, enable, --now, docker]\n';

// --- configuration fragments --------------------------------------------------------------------------------
function providerConfig(withVercel) {
    const pc = {
        hcloud: { name: 'hcloud', full_name: PROVIDERS.hcloud, version_constraint: '~> 1.48',
                  expressions: { token: refs('var.hcloud_token') } },
    };
    if (withVercel) pc.vercel = { name: 'vercel', full_name: PROVIDERS.vercel, version_constraint: '~> 2.0',
                                  expressions: { api_token: refs('var.vercel_api_token'), team: c('team_acme') } };
    return pc;
}
const rootVariables = (withDb) => ({
    app_secret: { description: 'Application secret written into cloud-init', sensitive: true },
    ...(withDb ? { db_password: { description: 'Database password for the Vercel project', sensitive: true } } : {}),
    environment: { description: 'Environment name' },
    hcloud_token: { description: 'Hetzner Cloud API token', sensitive: true },
    vercel_api_token: { description: 'Vercel API token', sensitive: true },
});
function serverConfig(serverType, location, labels, withPrimaryIp) {
    const publicNet = { ipv4_enabled: c(true), ipv6_enabled: c(true) };
    if (withPrimaryIp) publicNet.ipv4 = ref('hcloud_primary_ip.web_ipv4', 'id');
    return {
        backups: c(false), firewall_ids: ref('hcloud_firewall.web', 'id'), image: c('ubuntu-24.04'),
        labels: c(labels), location: c(location), name: refs('var.environment'), public_net: [publicNet],
        server_type: c(serverType), ssh_keys: ref('hcloud_ssh_key.deploy', 'id'),
        user_data: refs('var.app_secret', 'var.environment'),
    };
}
const firewallConfig = (ports) => ({
    name: refs('var.environment'),
    rule: ports.map(([d, p]) => ({ description: c(d), direction: c('in'), port: c(p), protocol: c('tcp'),
                                   source_ips: c(['0.0.0.0/0', '::/0']) })),
});
// public_key = file("keys/deploy.pub"): no references and no constant value, so Terraform writes {}.
const sshKeyConfig = { name: refs('var.environment'), public_key: {} };

// --- plan / state assembly ----------------------------------------------------------------------------------
// A resource: { module?, type, name, provider, schema?, before, stateBefore?, after, actions, reason?,
//               replacePaths?, sens?, deps?, config? }
// before = refreshed prior value (null for create); stateBefore = value in the state file when it drifted;
// after = planned value (U for unknown; null for delete).
const addrOf = (r) => `${r.module ? r.module + '.' : ''}${r.type}.${r.name}`;
const byAddr = (a, b) => (addrOf(a) < addrOf(b) ? -1 : addrOf(a) > addrOf(b) ? 1 : 0);

function resourceJson(r, values, extra = {}) {
    const o = { address: addrOf(r), mode: 'managed', type: r.type, name: r.name,
                provider_name: PROVIDERS[r.provider], schema_version: r.schema ?? 0 };
    if (values !== undefined) { o.values = known(values); o.sensitive_values = sensitiveAsBool(values, r.sens ?? []); }
    return { ...o, ...extra };
}

function moduleTree(resources, make) {
    const root = { resources: resources.filter((r) => !r.module).sort(byAddr).map(make) };
    const mods = [...new Set(resources.filter((r) => r.module).map((r) => r.module))].sort();
    if (root.resources.length === 0) delete root.resources;
    if (mods.length) root.child_modules = mods.map((m) => ({
        resources: resources.filter((r) => r.module === m).sort(byAddr).map(make), address: m }));
    return root;
}

function change(r, before, after, actions, isDrift) {
    const sens = r.sens ?? [];
    const ch = { actions, before: before === null ? null : known(before), after: after === null ? null : known(after),
                 after_unknown: after === null ? {} : unknownAsBool(after),
                 before_sensitive: before === null ? false : sensitiveAsBool(before, sens),
                 after_sensitive: after === null ? false : sensitiveAsBool(after, sens) };
    if (r.replacePaths && !isDrift) ch.replace_paths = r.replacePaths;
    return ch;
}

function resourceChange(r, before, after, actions, withReason) {
    const rc = { address: addrOf(r) };
    if (r.module) rc.module_address = r.module;
    Object.assign(rc, { mode: 'managed', type: r.type, name: r.name, provider_name: PROVIDERS[r.provider],
                        change: change(r, before, after, actions, !withReason) });
    if (withReason && r.reason) rc.action_reason = r.reason;
    return rc;
}

function outputsJson(outputs, pick) {
    const out = {};
    for (const [k, o] of Object.entries(outputs).sort()) {
        const v = pick(o);
        if (v === undefined) continue;
        out[k] = v === U ? { sensitive: o.sensitive } : { sensitive: o.sensitive, value: v, type: 'string' };
    }
    return out;
}

function makePlan(env) {
    const rs = env.resources;
    const live = rs.filter((r) => r.after !== null);
    const prior = rs.filter((r) => r.before !== null);
    const plan = { format_version: '1.2', terraform_version: TF_VERSION };
    plan.variables = Object.fromEntries(Object.entries(env.variables).sort().map(([k, v]) => [k, { value: v }]));
    plan.planned_values = {
        outputs: outputsJson(env.outputs, (o) => (o.actions[0] === 'delete' ? undefined : o.after)),
        root_module: moduleTree(live, (r) => resourceJson(r, r.after)),
    };
    if (Object.keys(plan.planned_values.outputs).length === 0) delete plan.planned_values.outputs;
    const drift = rs.filter((r) => r.stateBefore).sort(byAddr)
        .map((r) => resourceChange(r, r.stateBefore, r.before, ['update'], false));
    if (drift.length) plan.resource_drift = drift;
    plan.resource_changes = rs.slice().sort(byAddr).map((r) => resourceChange(r, r.before, r.after, r.actions, true));
    plan.output_changes = Object.fromEntries(Object.entries(env.outputs).sort().map(([k, o]) => {
        const oc = { actions: o.actions, before: o.before ?? null };
        if (o.after !== U) oc.after = o.after ?? null;
        Object.assign(oc, { after_unknown: o.after === U, before_sensitive: o.sensitive, after_sensitive: o.sensitive });
        return [k, oc];
    }));
    if (prior.length === 0 && Object.values(env.outputs).every((o) => o.before === undefined)) {
        plan.prior_state = { format_version: '1.0' }; // what jsonstate.Marshal gives for an empty state
    } else {
        plan.prior_state = { format_version: '1.0', terraform_version: TF_VERSION, values: {
            outputs: outputsJson(env.outputs, (o) => o.before),
            root_module: moduleTree(prior, (r) => resourceJson(r, r.before,
                r.deps?.length ? { depends_on: r.deps } : {})),
        } };
    }
    plan.configuration = { provider_config: providerConfig(env.vercel), root_module: env.config };
    if (env.relevant?.length) plan.relevant_attributes = env.relevant.map(([resource, ...attribute]) => ({ resource, attribute }));
    plan.timestamp = env.timestamp;
    plan.applyable = rs.some((r) => r.actions[0] !== 'no-op');
    plan.complete = true;
    plan.errored = false;
    return JSON.stringify(plan) + '\n';
}

function makeState(env) {
    const inState = env.resources.filter((r) => r.before !== null)
        .sort((a, b) => ((a.module ?? '') + a.type + '.' + a.name < (b.module ?? '') + b.type + '.' + b.name ? -1 : 1));
    const outputs = {};
    for (const [k, o] of Object.entries(env.outputs).sort()) {
        if (o.before === undefined) continue;
        outputs[k] = { value: o.before, type: 'string' };
        if (o.sensitive) outputs[k].sensitive = true;
    }
    const state = { version: 4, terraform_version: TF_VERSION, serial: env.serial, lineage: env.lineage, outputs,
        resources: inState.map((r) => {
            const inst = { schema_version: r.schema ?? 0, attributes: r.stateBefore ?? r.before,
                           sensitive_attributes: (r.sens ?? []).map((p) => p.map((s) => typeof s === 'number'
                               ? { type: 'index', value: { value: s, type: 'number' } }
                               : { type: 'get_attr', value: s })) };
            if (r.provider === 'hcloud') inst.private = HCLOUD_PRIVATE;
            if (r.deps?.length) inst.dependencies = r.deps;
            const res = {};
            if (r.module) res.module = r.module;
            Object.assign(res, { mode: 'managed', type: r.type, name: r.name,
                                 provider: `provider["${PROVIDERS[r.provider]}"]`, instances: [inst] });
            return res;
        }),
        check_results: null };
    return JSON.stringify(state, null, 2) + '\n';
}

// --- the environments ---------------------------------------------------------------------------------------
const WEB_PORTS = [['ssh', '22'], ['http', '80'], ['https', '443']];

function production() {
    const sshKeyRes = sshKeyAttrs('24681357', 'production-deploy', 'demo-production-deploy');
    const fwBefore = firewallAttrs('1357913', 'production-web', WEB_PORTS, { env: 'production' });
    const fwAfter = firewallAttrs('1357913', 'production-web', [...WEB_PORTS, ['postgres', '5432']], { env: 'production' });
    const primaryIp = sortKeys({ assignee_id: 56781234, assignee_type: 'server', auto_delete: false,
        datacenter: 'fsn1-dc14', delete_protection: true, id: '51234567', ip_address: '203.0.113.10',
        ip_network: null, labels: { env: 'production' }, name: 'production-web-ipv4', type: 'ipv4' });
    const userData = cloudInit('production', 'demo-sensitive-DO-NOT-SHOW-01');
    const srv = (over) => serverAttrs({ id: '56781234', name: 'production-web-1', server_type: 'cpx31', location: 'fsn1',
        datacenter: 'fsn1-dc14', image: 'ubuntu-22.04', ipv4: '203.0.113.10', ipv6: '2001:db8:1c1c:9e1::1',
        ipv6net: '2001:db8:1c1c:9e1::/64', labels: { env: 'production', role: 'web' }, disk: 160,
        firewall_ids: [1357913], ssh_keys: ['24681357'], primary_ip: 51234567, user_data: userData, ...over });
    const srvState = srv({});                       // as last applied
    const srvBefore = srv({ backups: true });       // refreshed: backups switched on in the Hetzner Console
    const srvAfter = srv({ image: 'ubuntu-24.04', id: U, ipv4: U, ipv6: U, ipv6net: U, datacenter: U,
                           disk: U, status: U, backups: false });
    srvAfter.backup_window = U;
    const volAfter = sortKeys({ automount: false, delete_protection: false, format: 'ext4', id: U,
        labels: { env: 'production' }, linux_device: U, location: 'fsn1', name: 'production-data',
        server_id: null, size: 20 });
    const attAfter = { automount: true, id: U, server_id: U, volume_id: U };
    const envVar = (value) => sortKeys({ comment: '', custom_environment_ids: [], git_branch: null,
        id: 'env_demoDatabaseUrl00000001', key: 'DATABASE_URL', project_id: 'prj_demoAcmeShop0000000000001',
        sensitive: true, target: ['production'], team_id: 'team_demoAcme0000000000001', value });
    const apexBefore = dnsAttrs('rec_demoApex000000000000001', '', 'A', '203.0.113.10');
    const apexAfter = { ...apexBefore, value: U };
    const www = dnsAttrs('rec_demoWww0000000000000001', 'www', 'CNAME', 'example.com.');
    const caa = dnsAttrs('rec_demoCaa0000000000000001', '', 'CAA', '0 issue "letsencrypt.org"', 3600);
    const hDeps = ['hcloud_firewall.web', 'hcloud_primary_ip.web_ipv4', 'hcloud_ssh_key.deploy'];
    const dnsDeps = [...hDeps, 'hcloud_server.web'].sort();
    const noop = (r) => ({ ...r, after: r.before, actions: ['no-op'] });
    const resources = [
        noop({ type: 'hcloud_ssh_key', name: 'deploy', provider: 'hcloud', before: sshKeyRes }),
        { type: 'hcloud_firewall', name: 'web', provider: 'hcloud', before: fwBefore, after: fwAfter, actions: ['update'] },
        noop({ type: 'hcloud_primary_ip', name: 'web_ipv4', provider: 'hcloud', before: primaryIp }),
        { type: 'hcloud_server', name: 'web', provider: 'hcloud', before: srvBefore, stateBefore: srvState,
          after: srvAfter, actions: ['delete', 'create'], reason: 'replace_because_cannot_update',
          replacePaths: [['image']], sens: [['user_data']], deps: hDeps },
        { type: 'hcloud_volume', name: 'data', provider: 'hcloud', before: null, after: volAfter, actions: ['create'] },
        { type: 'hcloud_volume_attachment', name: 'data', provider: 'hcloud', before: null, after: attAfter,
          actions: ['create'] },
        { type: 'vercel_project_environment_variable', name: 'database_url', provider: 'vercel',
          before: envVar('postgres://shop:demo-sensitive-DO-NOT-SHOW-02@db-1.internal.example.com:5432/shop'),
          after: envVar('postgres://shop:demo-sensitive-DO-NOT-SHOW-03@db-1.internal.example.com:5432/shop'),
          actions: ['update'], sens: [['value']] },
        { module: 'module.dns', type: 'vercel_dns_record', name: 'apex', provider: 'vercel', before: apexBefore,
          after: apexAfter, actions: ['update'], deps: dnsDeps },
        noop({ module: 'module.dns', type: 'vercel_dns_record', name: 'caa', provider: 'vercel', before: caa }),
        noop({ module: 'module.dns', type: 'vercel_dns_record', name: 'www', provider: 'vercel', before: www }),
    ];
    const dnsRecord = (name, type, value, ttl, valueExpr) => ({ domain: refs('var.domain'), name: c(name),
        ttl: c(ttl), type: c(type), value: valueExpr ?? c(value) });
    const config = {
        outputs: {
            database_url: { sensitive: true, expression: ref('vercel_project_environment_variable.database_url', 'value') },
            server_ipv4: { expression: ref('hcloud_server.web', 'ipv4_address') },
            server_ipv6: { expression: ref('hcloud_server.web', 'ipv6_address') },
        },
        resources: [
            cfg('hcloud_firewall', 'web', 'hcloud', firewallConfig([...WEB_PORTS, ['postgres', '5432']])),
            cfg('hcloud_primary_ip', 'web_ipv4', 'hcloud', { assignee_type: c('server'), auto_delete: c(false),
                datacenter: c('fsn1-dc14'), delete_protection: c(true), labels: c({ env: 'production' }),
                name: c('production-web-ipv4'), type: c('ipv4') }),
            cfg('hcloud_server', 'web', 'hcloud', serverConfig('cpx31', 'fsn1', { env: 'production', role: 'web' }, true)),
            cfg('hcloud_ssh_key', 'deploy', 'hcloud', sshKeyConfig),
            cfg('hcloud_volume', 'data', 'hcloud', { format: c('ext4'), labels: c({ env: 'production' }),
                location: c('fsn1'), name: c('production-data'), size: c(20) }),
            cfg('hcloud_volume_attachment', 'data', 'hcloud', { automount: c(true),
                server_id: ref('hcloud_server.web', 'id'), volume_id: ref('hcloud_volume.data', 'id') }),
            cfg('vercel_project_environment_variable', 'database_url', 'vercel', { key: c('DATABASE_URL'),
                project_id: c('prj_demoAcmeShop0000000000001'), sensitive: c(true), target: c(['production']),
                value: refs('var.db_password') }),
        ],
        module_calls: { dns: { source: './modules/dns', expressions: { domain: c('example.com'),
            server_ipv4: ref('hcloud_server.web', 'ipv4_address') },
            module: {
                resources: [
                    cfg('vercel_dns_record', 'apex', 'vercel', dnsRecord('', 'A', null, 300, refs('var.server_ipv4'))),
                    cfg('vercel_dns_record', 'caa', 'vercel', dnsRecord('', 'CAA', '0 issue "letsencrypt.org"', 3600)),
                    cfg('vercel_dns_record', 'www', 'vercel', dnsRecord('www', 'CNAME', 'example.com.', 300)),
                ],
                variables: { domain: { description: 'Zone managed in Vercel DNS' },
                             server_ipv4: { description: 'Address the apex A record points at' } },
            } } },
        variables: rootVariables(true),
    };
    return {
        name: 'production', vercel: true, timestamp: '2026-11-24T10:15:42Z', serial: 87,
        lineage: '8d3e4c2a-5b1f-4e7a-9c6d-2f0b8a1e3d57',
        variables: { app_secret: 'demo-sensitive-DO-NOT-SHOW-01', db_password: 'demo-sensitive-DO-NOT-SHOW-03', environment: 'production',
                     hcloud_token: 'demo-sensitive-DO-NOT-SHOW-04', vercel_api_token: 'demo-sensitive-DO-NOT-SHOW-05' },
        outputs: {
            database_url: { sensitive: true, actions: ['update'],
                before: 'postgres://shop:demo-sensitive-DO-NOT-SHOW-02@db-1.internal.example.com:5432/shop',
                after: 'postgres://shop:demo-sensitive-DO-NOT-SHOW-03@db-1.internal.example.com:5432/shop' },
            server_ipv4: { sensitive: false, actions: ['update'], before: '203.0.113.10', after: U },
            server_ipv6: { sensitive: false, actions: ['update'], before: '2001:db8:1c1c:9e1::1', after: U },
        },
        resources, config,
        relevant: [['hcloud_firewall.web', 'id'], ['hcloud_primary_ip.web_ipv4', 'id'], ['hcloud_server.web', 'id'],
                   ['hcloud_server.web', 'ipv4_address'], ['hcloud_server.web', 'ipv6_address'],
                   ['hcloud_ssh_key.deploy', 'id'], ['hcloud_volume.data', 'id'],
                   ['vercel_project_environment_variable.database_url', 'value']],
    };
}

function cfg(type, name, provider, expressions) {
    return { address: `${type}.${name}`, mode: 'managed', type, name, provider_config_key: provider,
             expressions: sortKeys(expressions), schema_version: 0 };
}

// Staging, pr-123 and pr-124 share one small layout: ssh key, firewall, one server, one Vercel A record.
function smallEnv(o) {
    const { envName, serverId, fwId, keyId, recId, ipv4, ipv6, ipv6net, recordName, location, dc } = o;
    const labels = { env: envName, role: 'web', ...(o.extraLabels ?? {}) };
    const key = sshKeyAttrs(keyId, `${envName}-deploy`, `demo-${envName}-deploy`);
    const fw = firewallAttrs(fwId, `${envName}-web`, WEB_PORTS, { env: envName });
    const server = serverAttrs({ id: serverId, name: `${envName}-web-1`, server_type: 'cx22', location, datacenter: dc,
        image: 'ubuntu-24.04', ipv4, ipv6, ipv6net, labels, disk: 40, firewall_ids: [Number(fwId)],
        ssh_keys: [keyId], user_data: cloudInit(envName, o.secret) });
    const record = dnsAttrs(recId, recordName, 'A', ipv4);
    const hDeps = ['hcloud_firewall.web', 'hcloud_ssh_key.deploy'];
    const config = {
        outputs: { server_ipv4: { expression: ref('hcloud_server.web', 'ipv4_address') } },
        resources: [
            cfg('hcloud_firewall', 'web', 'hcloud', firewallConfig(WEB_PORTS)),
            cfg('hcloud_server', 'web', 'hcloud', serverConfig('cx22', location, o.configLabels ?? labels, false)),
            cfg('hcloud_ssh_key', 'deploy', 'hcloud', sshKeyConfig),
            cfg('vercel_dns_record', o.recordRes, 'vercel', { domain: c('example.com'), name: c(recordName),
                ttl: c(300), type: c('A'), value: ref('hcloud_server.web', 'ipv4_address') }),
        ],
        variables: rootVariables(false),
    };
    const base = [
        { type: 'hcloud_ssh_key', name: 'deploy', provider: 'hcloud', value: key },
        { type: 'hcloud_firewall', name: 'web', provider: 'hcloud', value: fw },
        { type: 'hcloud_server', name: 'web', provider: 'hcloud', value: server, sens: [['user_data']], deps: hDeps },
        { type: 'vercel_dns_record', name: o.recordRes, provider: 'vercel', value: record,
          deps: [...hDeps, 'hcloud_server.web'].sort() },
    ];
    return { base, config, envName };
}

function staging() {
    const e = smallEnv({ envName: 'staging', serverId: '56781300', fwId: '1357920', keyId: '24681360',
        recId: 'rec_demoStaging00000000000001', ipv4: '198.51.100.20', ipv6: '2001:db8:2a2a:1::1',
        ipv6net: '2001:db8:2a2a:1::/64', recordName: 'staging', recordRes: 'staging', location: 'nbg1',
        dc: 'nbg1-dc3', secret: 'demo-sensitive-DO-NOT-SHOW-06',
        configLabels: { env: 'staging', role: 'web', release: '2026.11.3' } });
    const resources = e.base.map((b) => {
        if (b.type !== 'hcloud_server') return { ...b, before: b.value, after: b.value, actions: ['no-op'] };
        const after = sortKeys({ ...b.value, labels: { env: 'staging', release: '2026.11.3', role: 'web' } });
        return { ...b, before: b.value, after, actions: ['update'] };
    });
    return { name: 'staging', vercel: true, timestamp: '2026-11-24T09:02:17Z', serial: 41,
        lineage: 'a7c1f9e2-3d4b-4c8a-8e5f-6b2d1c0e9f34', resources, config: e.config,
        variables: { app_secret: 'demo-sensitive-DO-NOT-SHOW-06', environment: 'staging',
                     hcloud_token: 'demo-sensitive-DO-NOT-SHOW-07', vercel_api_token: 'demo-sensitive-DO-NOT-SHOW-08' },
        outputs: { server_ipv4: { sensitive: false, actions: ['no-op'], before: '198.51.100.20', after: '198.51.100.20' } },
        relevant: [['hcloud_server.web', 'ipv4_address']] };
}

function pr123() {
    const e = smallEnv({ envName: 'pr-123', serverId: U, fwId: '0', keyId: U, recId: U, ipv4: U, ipv6: U,
        ipv6net: U, recordName: 'pr-123.preview', recordRes: 'preview', location: 'fsn1', dc: U,
        secret: 'demo-sensitive-DO-NOT-SHOW-09' });
    const resources = e.base.map((b) => {
        let after = b.value;
        if (b.type === 'hcloud_ssh_key') after = { ...after, id: U, labels: {} };
        if (b.type === 'hcloud_firewall') after = { ...after, id: U };
        if (b.type === 'hcloud_server') after = { ...after, firewall_ids: UL, ssh_keys: UL, primary_disk_size: U,
                                                  status: U, backup_window: U, public_net: [{ ipv4: U, ipv4_enabled: true, ipv6: U, ipv6_enabled: true }] };
        if (b.type === 'vercel_dns_record') after = { ...after, id: U, team_id: U };
        return { ...b, before: null, after: sortKeys(after), actions: ['create'] };
    });
    // fingerprint is computed by Hetzner, so unknown until created
    resources[0].after.fingerprint = U;
    return { name: 'pr-123', vercel: true, timestamp: '2026-11-21T08:41:09Z', serial: 0,
        lineage: '3f9b2e71-8c4d-4a6e-b1f0-7d5c9a2e4b18', resources, config: e.config,
        variables: { app_secret: 'demo-sensitive-DO-NOT-SHOW-09', environment: 'pr-123',
                     hcloud_token: 'demo-sensitive-DO-NOT-SHOW-10', vercel_api_token: 'demo-sensitive-DO-NOT-SHOW-11' },
        outputs: { server_ipv4: { sensitive: false, actions: ['create'], after: U } },
        relevant: [] };
}

function pr124() {
    const e = smallEnv({ envName: 'pr-124', serverId: '56790124', fwId: '1357931', keyId: '24681391',
        recId: 'rec_demoPr12400000000000001', ipv4: '198.51.100.124', ipv6: '2001:db8:3b3b:124::1',
        ipv6net: '2001:db8:3b3b:124::/64', recordName: 'pr-124.preview', recordRes: 'preview', location: 'fsn1',
        dc: 'fsn1-dc14', secret: 'demo-sensitive-DO-NOT-SHOW-12' });
    const resources = e.base.map((b) => ({ ...b, before: b.value, after: null, actions: ['delete'] }));
    return { name: 'pr-124', vercel: true, timestamp: '2026-11-24T17:22:03Z', serial: 9,
        lineage: 'c52e8d14-7a3f-4b9c-a6e1-0f4d2b8c7e95', resources, config: e.config,
        variables: { app_secret: 'demo-sensitive-DO-NOT-SHOW-12', environment: 'pr-124',
                     hcloud_token: 'demo-sensitive-DO-NOT-SHOW-13', vercel_api_token: 'demo-sensitive-DO-NOT-SHOW-14' },
        outputs: { server_ipv4: { sensitive: false, actions: ['delete'], before: '198.51.100.124', after: null } },
        relevant: [] };
}

for (const env of [production(), staging(), pr123(), pr124()]) {
    writeFileSync(join(demoDir, `plans/${env.name}.plan.json`), makePlan(env));
    writeFileSync(join(demoDir, `states/${env.name}.tfstate`), makeState(env));
    console.log(`wrote plans/${env.name}.plan.json states/${env.name}.tfstate`);
}
