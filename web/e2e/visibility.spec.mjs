// Who sees what: a second manager cannot find the first one's account, until an absence names them
// deputy; then they see and work it, marked as covering.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { launchBrowser, personPage, screenshot, signIn, signOut, startServer } from './support.mjs';

describe('visibility and stand-ins', () => {
  let server;
  let browser;
  let company;
  let account;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    const mia = await company.as(company.mia);
    account = await mia.post('/accounts', { name: 'Seeblick Hotels KG', status: 'active' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a second manager cannot find the first one’s account', async () => {
    const page = await personPage(browser);
    await signIn(page, server.url, 'max@e2e.test');
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('Search accounts').fill('Seeblick');
    await page.getByText('No accounts match.').waitFor();

    await page.goto(`${server.url}/accounts/${account.id}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /does not exist or is not visible to you/);
    assert.equal(await page.getByTestId('standing-in-for').count(), 0);
    await page.context().close();
  });

  it('a head records an absence with a deputy', async () => {
    const page = await personPage(browser);
    await signIn(page, server.url, 'hana@e2e.test');
    assert.equal(await page.getByTestId('user-role').innerText(), 'Head of sales');
    await page.getByRole('link', { name: 'Absences' }).click();
    const form = page.getByRole('form', { name: 'Record an absence' });
    await form.getByLabel('Absent colleague').selectOption({ label: 'Mia Manager' });
    await form.getByLabel('Deputy').selectOption({ label: 'Max Manager' });
    await form.getByRole('button', { name: 'Record an absence' }).click();
    const table = page.getByTestId('absences-table');
    await table.getByText('In force today').waitFor();
    assert.match(await table.innerText(), /Mia Manager\s+Max Manager/);
    await screenshot(page, '09-absences');
    await signOut(page);
    await page.context().close();
  });

  it('the deputy sees and works the absent colleague’s accounts, marked as such', async () => {
    const page = await personPage(browser);
    await signIn(page, server.url, 'max@e2e.test');
    await page.getByTestId('standing-in-for').filter({ hasText: /Standing in for: Mia Manager/i }).waitFor();

    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('Search accounts').fill('Seeblick');
    const row = page.getByTestId('record-table').getByRole('row', { name: /Seeblick Hotels KG/ });
    await row.waitFor();
    await row.getByText(/Covering for Mia Manager/i).waitFor();
    await screenshot(page, '10-deputy-accounts');

    await row.getByRole('link', { name: 'Seeblick Hotels KG' }).click();
    await page.getByRole('heading', { level: 1, name: 'Seeblick Hotels KG' }).waitFor();
    const form = page.getByRole('form', { name: 'Log activity' });
    await form.getByLabel('Subject').fill('Covered the weekly call');
    await form.getByRole('button', { name: 'Log activity' }).click();
    await page.getByTestId('timeline').getByText('Covered the weekly call').waitFor();
    await page.getByTestId('timeline').getByText(/by Max Manager/).first().waitFor();
    await screenshot(page, '11-deputy-account');
    await page.context().close();
  });
});
