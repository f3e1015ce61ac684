// The kanban board: drag to won, drag to lost with a reason, the keyboard's "Move to…", a refused
// move shown in words, and exact totals per column.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { launchBrowser, personPage, screenshot, signIn, startServer } from './support.mjs';

describe('the pipeline board', () => {
  let server;
  let browser;
  let page;
  let mia;
  const deals = {};

  before(async () => {
    server = await startServer();
    const company = await seedCompany(server.url);
    mia = await company.as(company.mia);
    const account = await mia.post('/accounts', { name: 'Hafenkran AG' });
    const add = async (key, title, stage, amount) => {
      deals[key] = await mia.post('/deals', { account_id: account.id, title, stage, amount: { amount, currency: 'EUR' } });
    };
    await add('fleet', 'Fleet renewal', 'proposal', '1250.00');
    await add('pilot', 'Pilot project', 'qualified', '99.95');
    await add('addon', 'Tiny add-on', 'new', '0.05');
    await add('small1', 'Spare parts', 'negotiation', '0.10');
    await add('small2', 'Service hours', 'negotiation', '0.20');
    browser = await launchBrowser();
    page = await personPage(browser);
    await signIn(page, server.url, 'mia@e2e.test');
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await page.getByTestId(`deal-${deals.fleet.id}`).waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('totals each column in exact money', async () => {
    assert.equal(await page.getByTestId('total-negotiation').innerText(), '€0.30');
    assert.equal(await page.getByTestId('total-proposal').innerText(), '€1,250.00');
    await screenshot(page, '07-pipeline');
  });

  it('drags a deal to won', async () => {
    await page.getByTestId(`deal-${deals.fleet.id}`).dragTo(page.getByTestId('column-won'));
    await page.getByTestId('column-won').getByTestId(`deal-${deals.fleet.id}`).waitFor();
    assert.equal((await mia.get(`/deals/${deals.fleet.id}`)).stage, 'won');
    assert.equal(await page.getByTestId('total-won').innerText(), '€1,250.00');
  });

  it('drags a deal to lost, asking for the reason and the competitor', async () => {
    await page.getByTestId(`deal-${deals.pilot.id}`).dragTo(page.getByTestId('column-lost'));
    const dialog = page.getByRole('dialog', { name: /Why was “Pilot project” lost/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await dialog.getByText('Required').waitFor();
    await dialog.getByLabel('Reason').fill('Price too high');
    await dialog.getByLabel('Competitor').fill('Kranbau Nord');
    await screenshot(page, '08-pipeline-lost-reason');
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();

    const card = page.getByTestId('column-lost').getByTestId(`deal-${deals.pilot.id}`);
    await card.waitFor();
    assert.match(await card.innerText(), /Price too high \(competitor: Kranbau Nord\)/);
    const stored = await mia.get(`/deals/${deals.pilot.id}`);
    assert.equal(stored.stage, 'lost');
    assert.equal(stored.lost_reason, 'Price too high (competitor: Kranbau Nord)');
  });

  it('shows the API’s reason when a move is refused', async () => {
    await page.getByTestId(`deal-${deals.addon.id}`).dragTo(page.getByTestId('column-won'));
    const status = page.getByRole('status');
    await status.getByText('Deal cannot be won from new: it needs a proposal or negotiation first').waitFor();
    await page.getByTestId('column-new').getByTestId(`deal-${deals.addon.id}`).waitFor();
  });

  it('moves a deal from the keyboard with “Move to…”', async () => {
    const menuButton = page.getByRole('button', { name: 'Move to… Tiny add-on' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Qualified' }).waitFor();
    await page.getByRole('menuitem', { name: 'Qualified' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('column-qualified').getByTestId(`deal-${deals.addon.id}`).waitFor();
    assert.equal((await mia.get(`/deals/${deals.addon.id}`)).stage, 'qualified');
  });
});
