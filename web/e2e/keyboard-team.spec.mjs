// The board, stand-ins and the dashboard with the keyboard alone (pipeline.spec's, pipeline-scale.spec's,
// visibility.spec's and dashboard.spec's flows, never the pointer): a move the API refuses, said in words; a
// deal lost with its reason and competitor, the missing reason refused on its field first; a column's "Show
// more"; a second manager who cannot find a colleague's account until a head records an absence naming them
// deputy (colleagues chosen in the selects by typing their names), then works it; the head's dashboard, both
// reports turned into tables with the arrows. Every element the focus passes on the way must show it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { arrowTo, errorUnder, focusLandsOn, focusOn, navigateTo, signInByKeyboard } from './keyboard-support.mjs';
import { launchBrowser, PASSWORD, personPage, screenshot, startServer } from './support.mjs';

describe('the board, stand-ins and the dashboard with the keyboard alone', () => {
  let server;
  let browser;
  let company;
  let mia;
  let seeblick;
  const deals = {};

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    mia = await company.as(company.mia);
    const account = await mia.post('/accounts', { name: 'Hafenkran AG' });
    const add = async (key, title, stage, amount) => {
      deals[key] = await mia.post('/deals', { account_id: account.id, title, stage, amount: { amount, currency: 'EUR' } });
    };
    await add('pilot', 'Pilot project', 'qualified', '99.95');
    await add('addon', 'Tiny add-on', 'new', '0.05');
    // One more than a column shows at first.
    for (let n = 1; n <= 21; n++) await add(`spare${n}`, `Spare parts ${n}`, 'negotiation', '0.10');
    seeblick = await mia.post('/accounts', { name: 'Seeblick Hotels KG', status: 'active' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page of its own for `email`, signed in with the keyboard. */
  async function desk(email) {
    const page = await personPage(browser);
    await signInByKeyboard(page, server.url, email, PASSWORD);
    return page;
  }

  /** Opens the "Move to…" menu of a deal's card and chooses `stage` with the arrows. */
  async function moveTo(page, title, stage) {
    await focusOn(page, page.getByRole('button', { name: `Move to… ${title}` }), { limit: 120 });
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await arrowTo(page, stage);
    await page.keyboard.press('Enter');
  }

  it('says in words why the API refused a move, and leaves the card where it was', async () => {
    const page = await desk('mia@e2e.test');
    await navigateTo(page, 'Pipeline');
    await page.getByTestId(`deal-${deals.addon.id}`).waitFor();
    await moveTo(page, 'Tiny add-on', 'Won');
    await page.getByRole('status').getByText('Deal cannot be won from new: it needs a proposal or negotiation first').waitFor();
    await page.getByTestId('column-new').getByTestId(`deal-${deals.addon.id}`).waitFor();
    assert.equal((await mia.get(`/deals/${deals.addon.id}`)).stage, 'new');

    // Lost needs its reason: refused on the field first, then given with the competitor.
    await moveTo(page, 'Pilot project', 'Lost');
    const dialog = page.getByRole('dialog', { name: /Why was “Pilot project” lost/ });
    await dialog.waitFor();
    const reason = dialog.getByLabel('Reason');
    await focusLandsOn(page, reason);
    await page.keyboard.press('Enter');
    assert.equal(await errorUnder(page, reason), 'Required');
    await page.keyboard.type('Price too high');
    await focusOn(page, dialog.getByLabel('Competitor'));
    await page.keyboard.type('Kranbau Nord');
    await page.keyboard.press('Enter');
    const card = page.getByTestId('column-lost').getByTestId(`deal-${deals.pilot.id}`);
    await card.waitFor();
    assert.equal((await mia.get(`/deals/${deals.pilot.id}`)).lost_reason, 'Price too high (competitor: Kranbau Nord)');
    await page.context().close();
  });

  it('loads the rest of a column from its “Show more” button', async () => {
    const page = await desk('mia@e2e.test');
    await navigateTo(page, 'Pipeline');
    const column = page.getByTestId('column-negotiation');
    const cards = column.locator('[data-testid^="deal-"]');
    await cards.nth(19).waitFor();
    assert.equal(await cards.count(), 20);
    await focusOn(page, page.getByTestId('more-negotiation'), { limit: 200 });
    await page.keyboard.press('Enter');
    await cards.nth(20).waitFor();
    assert.equal(await cards.count(), 21);
    await page.context().close();
  });

  it('lets a second manager find nothing of a colleague’s account', async () => {
    const page = await desk('max@e2e.test');
    await navigateTo(page, 'Accounts');
    await focusOn(page, page.getByLabel('Search accounts'));
    await page.keyboard.type('Seeblick');
    await page.getByText('No accounts match.').waitFor();
    await page.context().close();
  });

  it('lets a head record an absence naming a deputy, colleagues chosen by typing their names', async () => {
    const page = await desk('hana@e2e.test');
    await navigateTo(page, 'Absences');
    const form = page.getByRole('form', { name: 'Record an absence' });
    // A closed select jumps to the option whose label starts with what is typed.
    const absent = form.getByLabel('Absent colleague');
    await focusOn(page, absent);
    await page.keyboard.type('Mia');
    const deputy = form.getByLabel('Deputy');
    await focusOn(page, deputy);
    await page.keyboard.type('Max');
    assert.deepEqual(
      [await absent.inputValue(), await deputy.inputValue()],
      [String(company.mia.id), String(company.max.id)],
    );
    await focusOn(page, form.getByRole('button', { name: 'Record an absence' }));
    await page.keyboard.press('Enter');
    const table = page.getByTestId('absences-table');
    await table.getByText('In force today').waitFor();
    assert.match(await table.innerText(), /Mia Manager\s+Max Manager/);
    await page.context().close();
  });

  it('lets the deputy find and work the account, marked as covering', async () => {
    const page = await desk('max@e2e.test');
    await page.getByTestId('standing-in-for').filter({ hasText: /Standing in for: Mia Manager/i }).waitFor();
    await navigateTo(page, 'Accounts');
    await focusOn(page, page.getByLabel('Search accounts'));
    await page.keyboard.type('Seeblick');
    const row = page.getByTestId('record-table').getByRole('row', { name: /Seeblick Hotels KG/ });
    await row.getByText(/Covering for Mia Manager/i).waitFor();
    await focusOn(page, row.getByRole('link', { name: 'Seeblick Hotels KG' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Seeblick Hotels KG' }).waitFor();
    const form = page.getByRole('form', { name: 'Log activity' });
    await focusOn(page, form.getByLabel('Subject'), { limit: 120 });
    await page.keyboard.type('Covered the weekly call');
    await page.keyboard.press('Enter');
    await page.getByTestId('timeline').getByText('Covered the weekly call').waitFor();
    const { items } = await mia.get(`/activities?account_id=${seeblick.id}`);
    assert.deepEqual(
      items.map((activity) => [activity.subject, activity.owner_id]),
      [['Covered the weekly call', company.max.id]],
    );
    await page.context().close();
  });

  it('shows the head’s dashboard, both reports turned into tables with the arrows', async () => {
    const page = await desk('hana@e2e.test');
    await navigateTo(page, 'Dashboard');
    for (const name of ['Pipeline by stage', 'Funnel', 'Activities per manager per week']) {
      await page.getByRole('img', { name }).waitFor();
    }
    for (const report of ['pipeline-report', 'activity-report']) {
      const panel = page.getByTestId(report);
      await focusOn(page, panel.getByRole('radio', { name: 'Chart' }));
      await page.keyboard.press('ArrowRight');
      await panel.getByRole('table').waitFor();
    }
    assert.match(await page.getByTestId('pipeline-report').getByRole('row', { name: /Lost/ }).innerText(), /€99\.95/);
    await page.getByTestId('activity-report').getByRole('row', { name: /Max Manager/ }).first().waitFor();
    await screenshot(page, 'keyboard-30-dashboard-tables');
    await page.context().close();
  });
});
