#!/usr/bin/env node
// End to end, as a user: build the VSIX, install it into code-server with --install-extension, open a
// copy of the fixture articles in headless Chromium, then hover a disputed figure, open the sidebar,
// and run Next Discrepancy from the command palette. Screenshots of each step go to the folder printed
// at the end. Exit code 0 when every expectation holds.
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '../..');
const pkg = require(path.join(ROOT, 'package.json'));
const VSIX = process.env.VSIX || path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const CS = process.env.CODE_SERVER_ENTRY || path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = process.env.SHOTS || path.join(ROOT, 'test-results/e2e');
const RUN = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-e2e-'));
const UD = path.join(RUN, 'ud'), EXTS = path.join(RUN, 'exts'), WS = path.join(RUN, 'newsroom');
const T0 = Date.now();
const log = (...a) => console.log(`[e2e ${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...a);
const failures = [];
function expect(cond, msg) {
  if (cond) log('PASS', msg);
  else { log('FAIL', msg); failures.push(msg); }
  return cond;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function httpOk(url) {
  return new Promise((res) => {
    const req = http.get(url, (r) => { r.resume(); res(r.statusCode === 200); });
    req.on('error', () => res(false));
    req.setTimeout(2000, () => { req.destroy(); res(false); });
  });
}
async function retry(label, attempts, fn) {
  let err;
  for (let i = 1; i <= attempts; i++) {
    try { return await fn(i); } catch (e) { err = e; log(`retry ${label} #${i}: ${String(e.message).split('\n')[0]}`); }
  }
  throw err;
}
/** Bounding box of a substring as Monaco renders it (spaces may be NBSP). */
async function textBox(page, needle) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let full = '';
      const nodes = [];
      while (walker.nextNode()) { nodes.push([walker.currentNode, full.length]); full += walker.currentNode.data; }
      const idx = full.replace(/\u00a0/g, ' ').indexOf(needle);
      if (idx < 0) continue;
      const at = (off) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]]; };
      const r = document.createRange();
      r.setStart(...at(idx));
      r.setEnd(...at(idx + needle.length));
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, needle);
}

let cs, browser;
async function main() {
  if (!fs.existsSync(VSIX)) throw new Error(`no VSIX at ${VSIX}: run npm run package first`);
  if (!fs.existsSync(CS)) execFileSync('bash', [path.join(ROOT, 'test/scripts/install-test-host.sh')], { stdio: 'inherit' });
  fs.rmSync(SHOTS, { recursive: true, force: true });
  for (const d of [path.join(UD, 'User'), EXTS, SHOTS]) fs.mkdirSync(d, { recursive: true });
  fs.cpSync(path.join(ROOT, 'test/fixtures/workspace'), WS, { recursive: true });
  fs.writeFileSync(path.join(UD, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false, 'update.mode': 'none', 'editor.hover.delay': 300, 'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern', 'git.enabled': false, 'chat.disableAIFeatures': true,
  }, null, 2));
  const port = 18000 + Math.floor(Math.random() * 2000);
  fs.writeFileSync(path.join(RUN, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const csArgs = ['--config', path.join(RUN, 'config.yaml'), '--user-data-dir', UD, '--extensions-dir', EXTS];

  // 1. Install from the VSIX, as a user would.
  const inst = execFileSync(process.execPath, [CS, ...csArgs, '--install-extension', VSIX], { encoding: 'utf8' });
  expect(/successfully installed/i.test(inst), `install-extension: ${inst.trim().split('\n').pop()}`);
  const list = execFileSync(process.execPath, [CS, ...csArgs, '--list-extensions', '--show-versions'], { encoding: 'utf8' });
  expect(list.includes(`corroborate.corroborate@${pkg.version}`), `list-extensions shows corroborate.corroborate@${pkg.version}`);

  const csLog = fs.openSync(path.join(RUN, 'code-server.log'), 'w');
  cs = spawn(process.execPath, [CS, ...csArgs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
  { detached: true, stdio: ['ignore', csLog, csLog], env: { ...process.env, TMPDIR: RUN } });
  let up = false;
  for (let i = 0; i < 160 && !up; i++) { up = await httpOk(`http://127.0.0.1:${port}/healthz`); if (!up) await sleep(250); }
  if (!expect(up, 'code-server answers /healthz')) throw new Error('code-server did not start');

  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.setDefaultTimeout(20000);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WS)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'markets-desk.txt' }).waitFor({ timeout: 90000 });
  log('workbench ready');
  const tab = page.locator('.activitybar .action-item a[aria-label^="Corroborate"]');
  expect(await tab.waitFor().then(() => true, () => false), 'activity bar has the Corroborate container');

  // 2. Open an article through Quick Open.
  await retry('quick open', 4, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill('markets-desk.txt');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'markets-desk.txt' }).first().waitFor({ timeout: 8000 });
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: '14.8 billion' }).waitFor({ timeout: 10000 });
  });
  log('markets-desk.txt open');

  // 2b. The TextMate grammar colours amounts in a plain-text article as soon as it opens.
  const colours = await page.evaluate(() => {
    const colourOf = (needle) => {
      for (const span of document.querySelectorAll('.editor-instance .view-lines .view-line span span')) {
        if (span.textContent.includes(needle)) return getComputedStyle(span).color;
      }
      return null;
    };
    return { amount: colourOf('14.8'), percent: colourOf('49%'), words: colourOf('paying') };
  });
  expect(colours.amount && colours.words && colours.amount !== colours.words && colours.percent === colours.amount,
    `grammar colours "$14.8 billion" and "49%" (${colours.amount}) apart from text (${colours.words})`);

  // 3. Highlights: money backgrounds drawn by the extension's decorations.
  const money = 'rgba(34, 197, 94, 0.2)';
  const decos = await retry('decorations', 30, async () => {
    const d = await page.$$eval('.editor-instance .monaco-editor .view-overlays .cdr', (els, bg) =>
      els.filter((e) => getComputedStyle(e).backgroundColor === bg).map((e) => { const b = e.getBoundingClientRect(); return { x: b.x, y: b.y, width: b.width }; }), money);
    if (d.length < 3) { await sleep(500); throw new Error(`${d.length} money decorations`); }
    return d;
  });
  const box148 = await textBox(page, '$14.8 billion');
  expect(box148 && decos.some((d) => Math.abs(d.x - box148.x) < 3 && Math.abs(d.width - box148.width) < 3), `a money highlight covers "$14.8 billion" (${decos.length} money highlights)`);
  await page.mouse.move(1400, 880);
  await page.locator('.editor-instance .monaco-editor').first().screenshot({ path: path.join(SHOTS, '1-highlights.png') });

  // 4. Hover the disputed figure and read the card.
  const hover = page.locator('.monaco-editor .monaco-hover', { hasText: 'Meta investment in Scale AI' });
  const hoverText = await retry('hover', 5, async (i) => {
    const b = await textBox(page, '$14.8 billion');
    if (!b) throw new Error('"$14.8 billion" not rendered');
    await page.mouse.move(5, 5);
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await hover.waitFor({ state: 'visible', timeout: 4000 + 2000 * i });
    return hover.innerText();
  });
  expect(/Sources conflict/.test(hoverText), 'hover card gives the verdict "Sources conflict"');
  for (const v of ['$14.8 billion', '$14.3 billion', '$15 billion']) expect(hoverText.includes(v), `hover card shows ${v}`);
  const cells = await hover.locator('table td').allInnerTexts();
  expect(cells.some((c) => c.includes('wire-report.txt')) && cells.some((c) => c.includes('analyst-blog.md')), 'hover table names the other sources');
  await page.screenshot({ path: path.join(SHOTS, '2-hover.png') });
  await page.mouse.move(1400, 880);
  await page.keyboard.press('Escape');

  // 5. The sidebar: entities and facts.
  await tab.click({ force: true });
  const rows = page.locator('.sidebar .pane-body .monaco-list-row');
  const labels = await retry('sidebar', 12, async () => {
    await rows.nth(4).waitFor({ timeout: 8000 });
    const all = (await rows.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    if (!all.some((l) => l.startsWith('Meta investment in Scale AI')) || !all.some((l) => l.startsWith('Companies'))) {
      await sleep(500);
      throw new Error(`rows: ${all.join(' | ')}`);
    }
    return all;
  });
  log('sidebar rows:', JSON.stringify(labels));
  expect(labels.some((l) => /^Companies\s*\d+$/.test(l)), 'Entities view has a Companies group with a count');
  expect(labels.some((l) => /^Scale AI\s*\d+ mentions · 3\/3 sources/.test(l)), 'Scale AI row with mentions and sources');
  expect(labels.some((l) => /^Meta\s*\d+ mentions/.test(l)), 'Meta row');
  expect(labels.some((l) => /^Alexandr Wang.*spelling varies/.test(l)), 'a person whose spelling varies across sources');
  expect(labels.some((l) => l.startsWith('Meta investment in Scale AI')), 'Facts view lists the disputed investment');
  const badge = (await tab.getAttribute('aria-label')) ?? '';
  expect(/(\d+) discrepancies between sources/.test(badge) && Number(/(\d+) discrepancies/.exec(badge)[1]) >= 2, `activity-bar badge counts discrepancies ("${badge}")`);
  await page.screenshot({ path: path.join(SHOTS, '3-sidebar.png') });

  // 6. Next Discrepancy from the command palette moves the cursor.
  const cursor = page.locator('.statusbar-item[id="status.editor.selection"]');
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await sleep(700);
  const before = (await cursor.innerText()).trim();
  await retry('command palette', 4, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill('>Corroborate: Next Discrepancy');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Corroborate: Next Discrepancy' }).first().waitFor({ timeout: 8000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => {
      const el = document.querySelector('.statusbar-item[id="status.editor.selection"]');
      return el && el.textContent.trim() !== b && /selected/.test(el.textContent);
    }, before, { timeout: 8000 });
  });
  const after = (await cursor.innerText()).trim();
  expect(before !== after && /\(13 selected\)/.test(after), `Next Discrepancy moved the cursor and selected the figure (${before} → ${after})`);
  await page.screenshot({ path: path.join(SHOTS, '4-next-discrepancy.png') });

  // 7. The cross-source report.
  await retry('report', 3, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').fill('>Corroborate: Open Cross-Source Report');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Cross-Source Report' }).first().waitFor({ timeout: 8000 });
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines', { hasText: 'Cross-source report' }).first().waitFor({ timeout: 10000 });
  });
  await sleep(1500);
  await page.screenshot({ path: path.join(SHOTS, '5-report.png') });
  expect(true, 'cross-source report opened');
}

main().catch((e) => { failures.push(`exception: ${e.stack || e}`); log('ERROR', e.stack || e); })
  .finally(async () => {
    if (browser) await browser.close().catch(() => {});
    if (cs && cs.exitCode === null) {
      try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* gone */ }
      for (let i = 0; i < 20 && cs.exitCode === null; i++) await sleep(100);
      try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    if (failures.length) log(`code-server log kept at ${path.join(RUN, 'code-server.log')}`);
    else fs.rmSync(RUN, { recursive: true, force: true });
    log(`screenshots: ${SHOTS}`);
    log(failures.length ? `e2e: ${failures.length} failed` : 'e2e: all expectations passed');
    process.exit(failures.length ? 1 : 0);
  });
