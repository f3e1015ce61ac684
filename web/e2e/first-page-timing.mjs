// How long the accounts list takes to show its first page with many accounts in the database:
// navigation start → first rows in the DOM, in Debian's chromium against a real `rapport serve`.
//
//   RAPPORT_BINARY=build/release/src/rapport node e2e/first-page-timing.mjs [ACCOUNTS=100000] [RUNS=7]
//
// Imports the accounts with `rapport import accounts` (half owned by each of two managers), then
// signs in as the admin (who sees all of them) and as one manager (who sees half), and loads
// /accounts RUNS times with an empty browser cache and RUNS times with a warm one. Prints the
// median and the range, and the API's own time for the same first page.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, launchBrowser, personPage, PASSWORD, signIn, startServer } from './support.mjs';

const accounts = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 7);
const binary = process.env.RAPPORT_BINARY;
const dir = mkdtempSync(join(tmpdir(), 'rapport-timing-'));
const db = join(dir, 'timing.db');

function rapport(args, input) {
  const result = spawnSync(binary, ['--db', `sqlite:${db}`, '--log-level', 'warn', ...args], { input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`rapport ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function csv(count) {
  const words = ['Nordwind', 'Alpen', 'Hanse', 'Adler', 'Baltic', 'Helios', 'Kronos', 'Meridian', 'Nova', 'Orion'];
  const trades = ['Logistics', 'Foods', 'Systems', 'Engineering', 'Pharma', 'Energy', 'Textiles', 'Media'];
  const lines = ['name,kind,status,industry,source,phone,email,website,tags,owner_email'];
  for (let i = 1; i <= count; i++) {
    const word = words[i % words.length];
    const trade = trades[Math.floor(i / words.length) % trades.length];
    const slug = `${word}-${trade}-${i}`.toLowerCase();
    lines.push(
      [
        `${word} ${trade} ${i} GmbH`,
        'company',
        i % 3 === 0 ? 'active' : 'prospect',
        trade,
        'referral',
        `+49 30 ${String(i).padStart(7, '0')}`,
        `info@${slug}.example`,
        `https://www.${slug}.example`,
        i % 5 === 0 ? 'vip;key' : '',
        i % 2 === 0 ? 'mia@timing.test' : 'max@timing.test',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function summary(label, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `${label}: median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)}, n=${values.length})`;
}

async function firstPage(page, url) {
  await page.goto(`${url}/accounts`);
  await page.waitForFunction(() => window.__firstRowsAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => window.__firstRowsAt);
}

// Stamps the moment the first data row enters the DOM, relative to navigation start.
function stampFirstRows() {
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid=record-table] tbody tr')) {
      window.__firstRowsAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function pageWith(browser, storageState) {
  const context = await browser.newContext({ storageState, viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
  await context.addInitScript(stampFirstRows);
  return context.newPage();
}

async function measure(browser, url, email, password) {
  const login = await personPage(browser);
  await signIn(login, url, email, password);
  const session = await login.context().storageState();
  await login.context().close();

  // Cold: a new browser context each time, so nothing is cached but the session cookie.
  const cold = [];
  for (let run = 0; run < runs; run++) {
    const page = await pageWith(browser, session);
    cold.push(await firstPage(page, url));
    await page.context().close();
  }
  // Warm: one context; the hashed bundle comes from the cache, index.html is revalidated.
  const page = await pageWith(browser, session);
  await firstPage(page, url);
  const warm = [];
  for (let run = 0; run < runs; run++) warm.push(await firstPage(page, url));
  const rows = await page.locator('[data-testid=record-table] tbody tr').count();
  await page.context().close();
  return { cold, warm, rows };
}

async function apiTime(url, email, password, query) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = await login.json();
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const response = await fetch(`${url}/api/v1/accounts?limit=50${query}`, { headers: { Authorization: `Bearer ${token}` } });
    await response.json();
    times.push(performance.now() - start);
  }
  return times;
}

try {
  rapport(['users', 'add', '--email', ADMIN.email, '--name', ADMIN.name, '--role', 'admin', '--password-stdin'], `${ADMIN.password}\n`);
  for (const [email, name] of [['mia@timing.test', 'Mia Manager'], ['max@timing.test', 'Max Manager']]) {
    rapport(['users', 'add', '--email', email, '--name', name, '--role', 'manager', '--team', 'North', '--password-stdin'], `${PASSWORD}\n`);
  }
  const file = join(dir, 'accounts.csv');
  writeFileSync(file, csv(accounts));
  const importStart = performance.now();
  rapport(['import', 'accounts', file]);
  console.log(`imported ${accounts} accounts in ${((performance.now() - importStart) / 1000).toFixed(1)} s`);

  const server = await startServer(db);
  const browser = await launchBrowser();
  try {
    for (const [who, email, password] of [
      ['admin (sees all)', ADMIN.email, ADMIN.password],
      ['manager (sees half)', 'mia@timing.test', PASSWORD],
    ]) {
      const { cold, warm, rows } = await measure(browser, server.url, email, password);
      console.log(`${who}: first page of ${rows} rows`);
      console.log(`  ${summary('cold cache, navigation start → first rows', cold)}`);
      console.log(`  ${summary('warm cache, navigation start → first rows', warm)}`);
      console.log(`  ${summary('API GET /accounts?limit=50', await apiTime(server.url, email, password, ''))}`);
      console.log(`  ${summary('API GET /accounts?limit=50&sort=name', await apiTime(server.url, email, password, '&sort=name'))}`);
      console.log(`  ${summary('API GET /accounts?limit=50&q=nordwind', await apiTime(server.url, email, password, '&q=nordwind'))}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
