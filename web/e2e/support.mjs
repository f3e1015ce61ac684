// What every browser test needs: a real `rapport serve` on a fresh database, an API client to
// arrange data, Debian's chromium driven by playwright-core, and screenshots.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = join(here, 'screenshots');
export const ADMIN = { email: 'admin@e2e.test', password: 'admin-password-1', name: 'Ada Admin' };
export const PASSWORD = 'e2e-password-123';

function binary() {
  const path = process.env.RAPPORT_BINARY;
  if (!path) throw new Error('set RAPPORT_BINARY to the rapport binary (CTest does)');
  return path;
}

/**
 * Runs `rapport serve` on a free loopback port: over `dbPath` when given — a SQLite file's path, or a database URL
 * (`sqlite:…`, `postgresql://…`) for a database made beforehand — else over a new SQLite database holding one admin.
 */
export async function startServer(dbPath) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const db = /^(sqlite:|postgres(ql)?:\/\/)/.test(dbPath ?? '') ? dbPath : `sqlite:${dbPath ?? join(dir, 'rapport.db')}`;
  if (!dbPath) {
    const created = spawnSync(
      binary(),
      ['--db', db, '--log-level', 'warn', 'users', 'add', '--email', ADMIN.email, '--name', ADMIN.name, '--role', 'admin', '--password-stdin'],
      { input: `${ADMIN.password}\n`, encoding: 'utf8' },
    );
    if (created.status !== 0) throw new Error(`users add failed: ${created.stderr}`);
  }
  const server = spawn(binary(), ['--db', db, '--log-level', 'warn', 'serve', '--listen', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.on('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small API client signed in as one user with a bearer token, for arranging test data. */
export async function apiAs(baseUrl, email, password) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`login ${email}: ${login.status} ${await login.text()}`);
  const { token, user } = await login.json();
  async function call(method, path, body, headers = {}) {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text === '' ? null : JSON.parse(text);
  }
  return {
    user,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body, ifMatch) => call('PATCH', path, body, ifMatch ? { 'If-Match': ifMatch } : {}),
  };
}

/** Creates a user (and its team when named) through the API as the admin. */
export async function addUser(admin, { email, name, role, teamId }) {
  return admin.post('/users', { email, name, role, password: PASSWORD, ...(teamId ? { team_id: teamId } : {}) });
}

/** Debian's chromium, headless; playwright-core gives each launch a fresh, empty profile directory. */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return browser;
}

/**
 * A page in a context of its own: one person at one desk, with their own session cookie. `locale` is the
 * language the browser asks for first, as a person's browser in that country would.
 */
export async function personPage(browser, locale = 'en-GB') {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale, timezoneId: 'UTC' });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/**
 * Signs in through the sign-in form, found by its fields' types rather than their labels so that it works
 * in every language, and waits for the shell to name the user.
 */
export async function signIn(page, baseUrl, email, password = PASSWORD) {
  await page.goto(`${baseUrl}/`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('user-name').waitFor();
}

export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Today's date and a time today, as the API writes them (the browser runs in UTC too). */
export function todayAt(hour) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour)).toISOString().replace('.000Z', 'Z');
}

export function civilToday(days = 0) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}
