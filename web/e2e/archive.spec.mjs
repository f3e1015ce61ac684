// Archiving an account is for its owner's head: the owner is not offered the button, the head archives it
// with its deals and contacts, and restores them all.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { launchBrowser, personPage, screenshot, signIn, startServer } from './support.mjs';

describe('archiving and restoring an account', () => {
  let server;
  let browser;
  let company;
  let account;
  let deal;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    const mia = await company.as(company.mia);
    account = await mia.post('/accounts', { name: 'Kranich Möbel AG', status: 'active' });
    deal = await mia.post('/deals', {
      account_id: account.id,
      title: 'Showroom chairs',
      amount: { amount: '4200.00', currency: 'EUR' },
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the owner, a manager, is not offered to archive it', async () => {
    const page = await personPage(browser);
    await signIn(page, server.url, 'mia@e2e.test');
    await page.goto(`${server.url}/accounts/${account.id}`);
    await page.getByRole('heading', { level: 1, name: 'Kranich Möbel AG' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Archive account' }).count(), 0);
    await page.context().close();
  });

  it('the head archives it with its deal, then restores both', async () => {
    const page = await personPage(browser);
    await signIn(page, server.url, 'hana@e2e.test');
    await page.goto(`${server.url}/accounts/${account.id}`);
    await page.getByRole('heading', { level: 1, name: 'Kranich Möbel AG' }).waitFor();
    await page.getByRole('button', { name: 'Archive account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive Kranich Möbel AG?' });
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await page.getByText('Kranich Möbel AG is archived').waitFor();
    await screenshot(page, '20-account-archived');

    const mia = await company.as(company.mia);
    await assert.rejects(mia.get(`/deals/${deal.id}`), 'the deal went with its account');

    await page.getByRole('button', { name: 'Restore account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kranich Möbel AG' }).waitFor();
    await page.getByText('Showroom chairs').waitFor();
    const restored = await mia.get(`/deals/${deal.id}`);
    assert.equal(restored.title, 'Showroom chairs');
    await page.context().close();
  });
});
