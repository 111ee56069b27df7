// Runs the integration suite (out/test/integration/suite/index.js, the same run() that
// @vscode/test-electron loads) inside code-server's real extension host, on a fresh copy of
// test/fixtures/workspace, driven by headless Chromium. Exit code: 0 pass, 1 fail, 2 infrastructure.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const t0 = Date.now();
const entry = process.env.CODE_SERVER_ENTRY ?? path.join(root, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
if (!existsSync(entry)) execFileSync('bash', [path.join(root, 'test/scripts/install-test-host.sh')], { stdio: 'inherit' });
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const testsPath = path.join(root, 'out/test/integration/suite/index');
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS ?? 300000);
const verbose = !!process.env.VERBOSE;
const mark = (m) => verbose && console.error(`[integration] +${((Date.now() - t0) / 1000).toFixed(1)}s ${m}`);

const freePort = () => new Promise((r) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });
const port = await freePort();
const tmp = mkdtempSync(path.join(tmpdir(), 'corroborate-it-'));
const workspace = path.join(tmp, 'workspace');
cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
const userData = path.join(tmp, 'user-data');
mkdirSync(path.join(tmp, 'tmp'));
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'git.enabled': false, 'security.workspace.trust.enabled': false,
}, null, 2));

const server = spawn(process.execPath, [entry,
  '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--ignore-last-opened'],
{ detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: path.join(tmp, 'tmp') } });
let browser;
let done = false;
const finish = async (code, why) => {
  if (done) return;
  done = true;
  if (why) console.error(`[integration] ${why}`);
  try { await browser?.close(); } catch { /* already gone */ }
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  await new Promise((r) => setTimeout(r, 500));
  try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
  rmSync(tmp, { recursive: true, force: true });
  console.error(`[integration] exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  process.exit(code);
};
setTimeout(() => finish(2, `timeout after ${TIMEOUT_MS} ms`), TIMEOUT_MS).unref();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(130, sig));

try {
  await new Promise((resolve, reject) => {
    const onData = (d) => { const s = d.toString(); if (verbose) process.stderr.write(`[server] ${s}`); if (s.includes('HTTP server listening')) resolve(); };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c) => reject(new Error(`code-server exited early with ${c}`)));
  });
  mark('server listening');
  const base = `http://127.0.0.1:${port}/`;
  const html = await (await fetch(base, { redirect: 'follow' })).text();
  const cfg = JSON.parse(html.match(/id="vscode-workbench-web-configuration"\s+data-settings="([^"]*)"/)[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const remote = (p) => `vscode-remote://${cfg.remoteAuthority}${p}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
  const page = await browser.newPage();
  const noise = /^(Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND)/;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...args);
    if (verbose || !noise.test(line)) (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  page.on('pageerror', (e) => verbose && console.error('[pageerror]', e.message));
  page.on('crash', () => finish(2, 'browser page crashed'));
  const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(testsPath)]];
  const q = new URLSearchParams({ folder: workspace });
  q.set('payload', JSON.stringify(payload));
  mark('opening workbench');
  await page.goto(`${base}?${q}`);
} catch (e) {
  await finish(2, `infrastructure error: ${e?.stack ?? e}`);
}
