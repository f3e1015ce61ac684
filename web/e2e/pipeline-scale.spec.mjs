// The pipeline board with 10,000 open deals in view of a director: each column counts and totals every
// deal from the server's report, shows its first 20 cards, loads 20 more on click, and a drag between
// columns keeps the counts and totals exact.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADMIN, apiAs, launchBrowser, PASSWORD, personPage, screenshot, signIn, startServer } from './support.mjs';

const DIRECTOR = 'dora@scale.test';
const MANAGER = 'mia@scale.test';
// Open deals per stage, 10,000 in all, each of €10.00.
const PER_STAGE = { new: 4000, qualified: 3000, proposal: 2000, negotiation: 1000 };
const ACCOUNTS = 50;

function rapport(db, args, input) {
  const result = spawnSync(process.env.RAPPORT_BINARY, ['--db', `sqlite:${db}`, '--log-level', 'warn', ...args], {
    input,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`rapport ${args.join(' ')}: ${result.stderr}`);
}

function dealsCsv(accountIds) {
  const lines = ['account_id,title,stage,amount,expected_close'];
  let n = 0;
  for (const [stage, count] of Object.entries(PER_STAGE)) {
    for (let i = 0; i < count; i++, n++) {
      const day = String(1 + (n % 28)).padStart(2, '0');
      lines.push(`${accountIds[n % accountIds.length]},Deal ${n + 1},${stage},10.00 EUR,2027-0${1 + (n % 9)}-${day}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const cards = (page, stage) => page.getByTestId(`column-${stage}`).locator('[data-testid^="deal-"]');

describe('the pipeline board at 10,000 open deals', () => {
  let dir;
  let server;
  let browser;
  let page;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-scale-'));
    const db = join(dir, 'scale.db');
    rapport(db, ['users', 'add', '--email', ADMIN.email, '--name', ADMIN.name, '--role', 'admin', '--password-stdin'], `${ADMIN.password}\n`);
    rapport(db, ['users', 'add', '--email', DIRECTOR, '--name', 'Dora Director', '--role', 'director', '--password-stdin'], `${PASSWORD}\n`);
    rapport(db, ['users', 'add', '--email', MANAGER, '--name', 'Mia Manager', '--role', 'manager', '--team', 'North', '--password-stdin'], `${PASSWORD}\n`);
    const accounts = join(dir, 'accounts.csv');
    const names = Array.from({ length: ACCOUNTS }, (_, i) => `Client ${i + 1} GmbH,${MANAGER}`);
    writeFileSync(accounts, `name,owner_email\n${names.join('\n')}\n`);
    rapport(db, ['import', 'accounts', accounts]);

    server = await startServer(db);
    const admin = await apiAs(server.url, ADMIN.email, ADMIN.password);
    const { items } = await admin.get(`/accounts?limit=${ACCOUNTS}`);
    const deals = join(dir, 'deals.csv');
    writeFileSync(deals, dealsCsv(items.map((account) => account.id)));
    rapport(db, ['import', 'deals', deals]);

    browser = await launchBrowser();
    page = await personPage(browser);
    await signIn(page, server.url, DIRECTOR);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('counts and totals every deal per column, and shows each column’s first 20 cards', async () => {
    const started = Date.now();
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await page.getByTestId('count-negotiation').getByText('1,000 deals').waitFor();
    for (const stage of Object.keys(PER_STAGE)) await cards(page, stage).nth(19).waitFor();
    console.log(`# board with 10,000 open deals: counts and first cards shown ${Date.now() - started} ms after the click`);

    for (const [stage, count] of Object.entries(PER_STAGE)) {
      assert.equal(await page.getByTestId(`count-${stage}`).innerText(), `${count.toLocaleString('en-GB')} deals`);
      assert.equal(await page.getByTestId(`total-${stage}`).innerText(), `€${(count * 10).toLocaleString('en-GB')}.00`);
      assert.equal(await cards(page, stage).count(), 20, stage);
    }
    assert.equal(await page.getByTestId('count-won').innerText(), '0 deals');
    assert.ok((await page.locator('[data-testid^="deal-"]').count()) <= 6 * 20);
    await screenshot(page, '16-pipeline-10k');
  });

  it('loads 20 more cards of a column on “Show more”', async () => {
    const more = page.getByTestId('more-proposal');
    assert.equal(await more.innerText(), 'Show more (20 of 2,000)');
    await more.click();
    await cards(page, 'proposal').nth(39).waitFor();
    assert.equal(await cards(page, 'proposal').count(), 40);
    assert.equal(await more.innerText(), 'Show more (40 of 2,000)');
    // No card twice: the next page continues where the first ended.
    const ids = await cards(page, 'proposal').evaluateAll((elements) => elements.map((element) => element.dataset.testid));
    assert.equal(new Set(ids).size, 40);
    assert.equal(await cards(page, 'new').count(), 20);
  });

  it('keeps the counts and totals exact when a card is dragged to another column', async () => {
    const card = cards(page, 'new').first();
    const testId = await card.getAttribute('data-testid');
    // Dropped on the column's heading: the column itself is taller than the window.
    await card.dragTo(page.getByTestId('column-qualified'), { targetPosition: { x: 40, y: 20 } });
    await page.getByTestId('column-qualified').getByTestId(testId).waitFor();

    assert.equal(await page.getByTestId('count-new').innerText(), '3,999 deals');
    assert.equal(await page.getByTestId('total-new').innerText(), '€39,990.00');
    assert.equal(await page.getByTestId('count-qualified').innerText(), '3,001 deals');
    assert.equal(await page.getByTestId('total-qualified').innerText(), '€30,010.00');
    const director = await apiAs(server.url, DIRECTOR, PASSWORD);
    const report = await director.get('/reports/pipeline');
    assert.deepEqual(
      report.stages.filter((stage) => stage.stage === 'new' || stage.stage === 'qualified').map((stage) => stage.count),
      [3999, 3001],
    );
  });
});
