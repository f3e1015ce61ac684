// The performance budget of every main screen, as a user measures it: Lighthouse, desktop preset, in
// Debian's chromium against the real binary on a fresh demo company, signed in as its director (who
// sees every record). Each figure is the median of three runs, so that one slow run on a busy
// machine does not fail it; a screen over budget fails the run (CTest: web_perf).
//
//   RAPPORT_BINARY=build/ci/src/rapport node e2e/perf-budget.mjs [--runs 3] [--screen pipeline] [--engine alternate]
//
// The demo company lives in SQLite or, in a database of its own made on the server RAPPORT_TEST_PG names
// (scripts/with-postgres starts one), in PostgreSQL. Both every run would be too slow for CI, so by default
// (`--engine alternate`, or RAPPORT_PERF_ENGINE) they take turns by day: PostgreSQL on odd UTC days since
// the epoch, SQLite on even ones and whenever there is no PostgreSQL. The first line says which it was.
//
// A screen added to the UI belongs in SCREENS, with the budget as it stands.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measureUrls, signInChromium, startChromium } from './lighthouse.mjs';
import { apiAs, startServer } from './support.mjs';

export const DIRECTOR = { email: 'helena.brandt@demo.rapport.test', password: 'rapport-demo-admin' };
// The screens only an admin has (the company's settings) are measured signed in as the demo's admin.
export const ADMIN = { email: 'admin@demo.rapport.test', password: 'rapport-demo-admin' };

export const BUDGET = { performance: 90, tbt: 200, cls: 0.1, bestPractices: 95, consoleErrors: 0 };

/** The main screens: a name and a path, which may need an id read through the API; `as` whom, the director if not said. */
export const SCREENS = [
  { name: 'My day', path: async () => '/' },
  { name: 'Accounts', path: async () => '/accounts' },
  {
    name: 'Account page',
    // The account with the most deals on the first page of the pipeline's open deals: a busy one.
    path: async (director) => {
      const { items } = await director.get('/deals?limit=1&sort=-amount');
      return `/accounts/${items[0].account_id}`;
    },
  },
  { name: 'Pipeline', path: async () => '/pipeline' },
  { name: 'Absences', path: async () => '/absences' },
  { name: 'Dashboard', path: async () => '/dashboard' },
  { name: 'Products', path: async () => '/products' },
  {
    name: 'Price list page',
    // The list that applies first (lowest priority), with its lines: what a reader opens most.
    path: async (director) => {
      const { items } = await director.get('/price_lists?limit=1&sort=priority');
      return `/price-lists/${items[0].id}`;
    },
  },
  { name: 'Price lists', path: async () => '/price-lists' },
  { name: 'Payment terms', path: async () => '/payment-terms' },
  { name: 'Promotions', path: async () => '/promotions' },
  { name: 'Offers', path: async () => '/offers' },
  {
    name: 'Offer editor',
    // A draft with its lines: the editor prices them live as soon as it opens.
    path: async (director) => {
      const { items } = await director.get('/offers?limit=1&status=draft&sort=-total');
      return `/offers/${items[0].id}`;
    },
  },
  { name: 'Orders', path: async () => '/orders' },
  {
    name: 'Order page',
    // An order on its way: lines, hand-off log and the event form all shown.
    path: async (director) => {
      const { items } = await director.get('/orders?limit=1&status=in_fulfilment,confirmed');
      return `/orders/${items[0].id}`;
    },
  },
  { name: 'Operations', path: async () => '/operations' },
  { name: 'Settings', path: async () => '/settings', as: ADMIN },
];

/** The budget lines a screen's medians break, in words; none when it is within budget. */
export function overBudget(figures) {
  const broken = [];
  if (figures.performance < BUDGET.performance) broken.push(`performance ${figures.performance} < ${BUDGET.performance}`);
  if (figures.tbt > BUDGET.tbt) broken.push(`total blocking time ${figures.tbt.toFixed(0)} ms > ${BUDGET.tbt} ms`);
  if (!(figures.cls < BUDGET.cls)) broken.push(`cumulative layout shift ${figures.cls.toFixed(3)} ≥ ${BUDGET.cls}`);
  if (figures.bestPractices < BUDGET.bestPractices) broken.push(`best practices ${figures.bestPractices} < ${BUDGET.bestPractices}`);
  if (figures.consoleErrors > BUDGET.consoleErrors) broken.push(`console errors: ${figures.consoleMessages.join(' | ')}`);
  return broken;
}

export function table(rows) {
  const header = ['screen', 'perf', 'TBT ms', 'CLS', 'best pr.', 'console err.', 'TTI ms', 'LCP ms', 'DOM el.', 'budget'];
  const lines = rows.map(({ name, figures, broken }) => [
    name,
    String(figures.performance),
    figures.tbt.toFixed(0),
    figures.cls.toFixed(3),
    String(figures.bestPractices),
    String(figures.consoleErrors),
    figures.tti.toFixed(0),
    figures.lcp.toFixed(0),
    String(figures.domSize),
    broken.length === 0 ? 'ok' : 'OVER',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

const ENGINES = ['sqlite', 'postgres', 'alternate'];

/**
 * The engine to measure on and why, in words for the log: `choice` is --engine (or RAPPORT_PERF_ENGINE),
 * `pg` the RAPPORT_TEST_PG URL if any, `now` the time whose UTC day picks the engine when alternating.
 */
export function chooseEngine(choice, pg, now = Date.now()) {
  if (!ENGINES.includes(choice)) throw new Error(`engine ${choice} (--engine or RAPPORT_PERF_ENGINE): expected one of ${ENGINES.join(', ')}`);
  if (choice === 'postgres' && !pg) {
    throw new Error('--engine postgres needs RAPPORT_TEST_PG, a PostgreSQL URL: run through scripts/with-postgres');
  }
  if (choice !== 'alternate') return { engine: choice, why: 'chosen, not alternating' };
  if (!pg) return { engine: 'sqlite', why: 'alternate, no RAPPORT_TEST_PG' };
  const day = Math.floor(now / 86_400_000);
  return day % 2 === 1 ? { engine: 'postgres', why: `alternate, odd day ${day}` } : { engine: 'sqlite', why: `alternate, even day ${day}` };
}

/** Runs psql on the server of `pg` (a URL) with one statement; psql is PostgreSQL's client, installed with it. */
function psql(pg, statement) {
  const ran = spawnSync('psql', [pg, '--quiet', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '-c', statement], { encoding: 'utf8' });
  if (ran.error) throw new Error(`psql: ${ran.error.message}`);
  if (ran.status !== 0) throw new Error(`psql ${statement}: ${ran.stderr}`);
}

/**
 * A fresh demo company in `engine`: `url` for --db and `drop()`, which removes it. In PostgreSQL a database of
 * its own on RAPPORT_TEST_PG's server (whose database may hold other tests' tables), dropped even when the
 * demo fails; in SQLite a file in `dir`, which the caller removes.
 */
function demoCompany(engine, dir) {
  let url = `sqlite:${join(dir, 'demo.db')}`;
  let drop = () => {};
  if (engine === 'postgres') {
    const server = process.env.RAPPORT_TEST_PG;
    const name = `rapport_perf_${process.pid}_${Date.now()}`;
    psql(server, `CREATE DATABASE ${name}`);
    const target = new URL(server);
    target.pathname = `/${name}`;
    url = target.href;
    // FORCE: a connection the stopped server's pool left behind must not keep the database alive.
    drop = () => psql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const made = spawnSync(process.env.RAPPORT_BINARY, ['--db', url, '--log-level', 'warn', 'demo'], { encoding: 'utf8' });
  if (made.status !== 0) {
    drop();
    throw new Error(`rapport demo failed: ${made.stderr}`);
  }
  return { url, drop };
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      screen: { type: 'string', multiple: true },
      engine: { type: 'string', default: process.env.RAPPORT_PERF_ENGINE || 'alternate' },
    },
  });
  const runs = Number(values.runs);
  const chosen = SCREENS.filter((screen) => !values.screen || values.screen.some((name) => screen.name.toLowerCase().includes(name.toLowerCase())));
  if (!process.env.RAPPORT_BINARY) throw new Error('set RAPPORT_BINARY to the rapport binary (CTest does)');
  const { engine, why } = chooseEngine(values.engine, process.env.RAPPORT_TEST_PG);
  // First, so that a CI log names the engine of a failure however early it comes.
  console.log(`engine: ${engine} (${why})`);

  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-perf-'));
  let demo;
  let server;
  let chromium;
  try {
    demo = demoCompany(engine, dir);
    const demoSeconds = (performance.now() - started) / 1000;
    server = await startServer(demo.url);
    chromium = await startChromium();
    const director = await apiAs(server.url, DIRECTOR.email, DIRECTOR.password);
    const urls = await Promise.all(chosen.map(async (screen) => `${server.url}${await screen.path(director)}`));
    // One sign-in per user, each measuring that user's screens; the medians keep the screens' order.
    const medians = [];
    for (const user of [DIRECTOR, ADMIN]) {
      const indexes = chosen.flatMap((screen, index) => ((screen.as ?? DIRECTOR) === user ? [index] : []));
      if (indexes.length === 0) continue;
      await signInChromium(chromium.port, server.url, user.email, user.password);
      const measured = await measureUrls(chromium.port, indexes.map((index) => urls[index]), runs);
      indexes.forEach((index, position) => (medians[index] = measured[position]));
    }
    const rows = chosen.map((screen, index) => ({ name: screen.name, figures: medians[index], broken: overBudget(medians[index]) }));
    console.log(`Lighthouse ${runs} run(s) per screen, desktop preset, median; budget: performance ≥ ${BUDGET.performance}, ` +
      `TBT ≤ ${BUDGET.tbt} ms, CLS < ${BUDGET.cls}, best practices ≥ ${BUDGET.bestPractices}, no console error`);
    console.log(table(rows));
    for (const row of rows.filter((line) => line.broken.length > 0)) console.log(`OVER BUDGET ${row.name}: ${row.broken.join('; ')}`);
    const seconds = (performance.now() - started) / 1000;
    console.log(`(${seconds.toFixed(0)} s on ${engine}, of which ${demoSeconds.toFixed(0)} s making the demo company)`);
    process.exitCode = rows.some((row) => row.broken.length > 0) ? 1 : 0;
  } finally {
    await cleanUp([
      () => chromium?.close(),
      // The server before its database: its connections end before the database they are on is dropped.
      () => server?.stop(),
      () => demo?.drop(),
      () => rmSync(dir, { recursive: true, force: true }),
    ]);
  }
}

/** Runs every step even when one before it failed (chromium's profile not removed must not leave the database), then throws the first failure. */
async function cleanUp(steps) {
  let failure;
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure) throw failure;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
