#!/usr/bin/env node
// `npm test`: unit tests (mocha, Node), integration tests (inside code-server's real extension host),
// then the VSIX is built and the end-to-end test installs and drives it through the UI.
// Installs its test host (Debian packages, code-server) when missing. Exits non-zero when any level fails.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const only = process.argv.slice(2);
const results = [];

function step(name, cmd, args, count) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  const counted = count ? count(out) : { passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1 };
  if (r.status !== 0 && counted.failed === 0) counted.failed = 1; // a crash before any test counts as a failure
  results.push({ name, ...counted, ok: r.status === 0, seconds: (Date.now() - started) / 1000 });
}

const mochaCount = (out) => ({ passed: Number(/(\d+) passing/.exec(out)?.[1] ?? 0), failed: Number(/(\d+) failing/.exec(out)?.[1] ?? 0) });
const e2eCount = (out) => ({ passed: (out.match(/\] PASS /g) ?? []).length, failed: (out.match(/\] FAIL /g) ?? []).length });

step('host', 'bash', ['test/scripts/install-test-host.sh']);
step('unit', process.execPath, [require.resolve('mocha/bin/mocha.js'), '--config', 'test/unit/.mocharc.json'], mochaCount);
step('integration', process.execPath, ['test/integration/run-in-code-server.mjs'], mochaCount);
step('package', 'npm', ['run', 'package', '--silent']);
step('e2e', process.execPath, ['test/e2e/e2e.js'], e2eCount);

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(12)} ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`);
const tests = results.filter((r) => r.name !== 'host' && r.name !== 'package');
const passed = tests.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + (r.name === 'host' || r.name === 'package' ? (r.ok ? 0 : 1) : r.failed), 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
