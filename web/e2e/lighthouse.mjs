// Lighthouse (desktop preset) in Debian's chromium, signed in: what the performance budget
// (perf-budget.mjs) and bench/web-screens measure. Chromium runs with a DevTools port of its own;
// playwright-core signs in through its default context, whose session cookie Lighthouse keeps
// (Lighthouse clears caches and storage between runs, never cookies).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { PASSWORD, signIn } from './support.mjs';

/** Starts headless chromium on a free DevTools port; `close()` ends it and removes its profile. */
export async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-lighthouse-'));
  const child = spawn(
    process.env.CHROMIUM ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // A group of its own, so that close() can end its helpers too (see endProcessGroup).
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const port = await new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${stderr}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/[\d.]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`chromium exited with ${code}: ${stderr}`)));
  });
  return {
    port,
    async close() {
      await endProcessGroup(child);
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch (error) {
        // A temporary directory left behind is no reason to fail a measurement that was made.
        console.warn(`chromium's profile ${profile} was not removed: ${error.message}`);
      }
    },
  };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ends chromium and every helper in its process group (renderers, the network and storage services), which may
 * outlive the browser a moment and go on writing into the profile: removing it then failed with ENOTEMPTY in CI.
 * Waits at most a few seconds: a helper that has ended but that nobody reaped still answers signal 0.
 */
async function endProcessGroup(child) {
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // ESRCH: nothing of the group is left.
    }
  };
  const endedWithin = async (ms) => {
    for (let waited = 0; waited < ms; waited += 50) {
      if (!signalGroup(0)) return true;
      await pause(50);
    }
    return false;
  };
  if (!signalGroup('SIGTERM')) return;
  if (!(await endedWithin(5_000))) {
    signalGroup('SIGKILL');
    await endedWithin(2_000);
  }
}

/** Signs `email` in through the sign-in page of chromium's default context, so every later tab is signed in. */
export async function signInChromium(port, baseUrl, email, password = PASSWORD) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  // Whoever was signed in before leaves: the sign-in form shows only to a browser without a session.
  await browser.contexts()[0].clearCookies();
  const page = await browser.contexts()[0].newPage();
  page.setDefaultTimeout(30_000);
  await signIn(page, baseUrl, email, password);
  await page.close();
  // Only the connection ends: the browser and its cookie stay.
  await browser.close();
}

const config = {
  ...desktopConfig,
  settings: {
    ...desktopConfig.settings,
    onlyCategories: ['performance', 'best-practices'],
    // Not read by the budget, and a few seconds per run.
    disableFullPageScreenshot: true,
  },
};

/** One Lighthouse run on `url`: the figures the budget reads. */
export async function audit(port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, config);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits;
  const consoleErrors = audits['errors-in-console']?.details?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    bestPractices: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    tti: audits.interactive.numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    domSize: audits['dom-size']?.numericValue ?? 0,
    consoleErrors: consoleErrors.length,
    consoleMessages: consoleErrors.map((item) => String(item.description ?? item.source ?? '')),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median of each figure over `runs`, and the console messages of every run. */
export function medianFigures(runs) {
  const keys = ['performance', 'bestPractices', 'tbt', 'cls', 'tti', 'lcp', 'domSize', 'consoleErrors'];
  const figures = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
  figures.consoleMessages = [...new Set(runs.flatMap((run) => run.consoleMessages))];
  return figures;
}

/**
 * Lighthouse `runs` times on each of `urls` (round-robin, so that a burst of load on the machine spreads
 * over all of them) and the median of each figure per URL, in the order given.
 */
export async function measureUrls(port, urls, runs) {
  const results = urls.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, url] of urls.entries()) results[index].push(await audit(port, url));
  }
  return results.map((figures) => medianFigures(figures));
}
