// Signing in, the account list and form, the timeline, My day, and a stale edit.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { launchBrowser, personPage, screenshot, signIn, signOut, startServer, todayAt } from './support.mjs';

describe('an account manager’s day', () => {
  let server;
  let browser;
  let company;
  let page;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    browser = await launchBrowser();
    page = await personPage(browser);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and always shows who is signed in', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Rapport' }).waitFor();
    await screenshot(page, '01-sign-in');

    await page.getByLabel('E-mail').fill('mia@e2e.test');
    await page.getByRole('textbox', { name: 'Password' }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    assert.doesNotMatch(await refusal.innerText(), /[{}"]/, 'no raw JSON');

    await signIn(page, server.url, 'mia@e2e.test');
    assert.equal(await page.getByTestId('user-name').innerText(), 'Mia Manager');
    assert.equal(await page.getByTestId('user-role').innerText(), 'Account manager');
  });

  it('creates an account, with the API’s validation message next to the field', async () => {
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('button', { name: 'New account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Nordlicht Logistik GmbH');
    await dialog.getByLabel('E-mail').fill('not-an-address');
    await dialog.getByRole('button', { name: 'Create' }).click();

    const email = dialog.getByLabel('E-mail');
    await page.waitForFunction(() => document.querySelector('[role=dialog] input[name=email]')?.getAttribute('aria-invalid') === 'true');
    const describedBy = await email.getAttribute('aria-describedby');
    const message = await page.locator(`[id="${describedBy?.split(' ').find((id) => id.includes('error'))}"]`).innerText();
    assert.match(message, /e-?mail/i);
    await screenshot(page, '02-account-create-validation');

    await email.fill('info@nordlicht.example');
    await dialog.getByLabel('Industry').fill('Logistics');
    await dialog.getByLabel('Tags').fill('vip, north');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nordlicht Logistik GmbH' }).waitFor();
  });

  it('finds the new account with instant search', async () => {
    await page.getByRole('link', { name: 'Accounts', exact: true }).first().click();
    await page.getByLabel('Search accounts').fill('nordl');
    const row = page.getByTestId('record-table').getByRole('link', { name: 'Nordlicht Logistik GmbH' });
    await row.waitFor();
    await page.getByLabel('Search accounts').fill('nordlx');
    await page.getByText('No accounts match.').waitFor();
    await page.getByLabel('Search accounts').fill('nordlicht');
    await row.waitFor();
    await screenshot(page, '03-accounts-search');
  });

  it('logs a call and sees it on the timeline', async () => {
    await page.getByTestId('record-table').getByRole('link', { name: 'Nordlicht Logistik GmbH' }).click();
    const form = page.getByRole('form', { name: 'Log activity' });
    await form.getByLabel('Subject').fill('Discussed the renewal');
    await form.getByLabel('Outcome').fill('Interested in two more sites');
    await form.getByRole('button', { name: 'Log activity' }).click();

    const timeline = page.getByTestId('timeline');
    await timeline.getByText('Discussed the renewal').waitFor();
    assert.match(await timeline.innerText(), /Interested in two more sites/);
    await screenshot(page, '04-account-timeline');
  });

  it('logs a planned call’s outcome from My day and plans the next step', async () => {
    const mia = await company.as(company.mia);
    const [account] = (await mia.get('/accounts?q=nordlicht')).items;
    await mia.post('/activities', { account_id: account.id, kind: 'call', subject: 'Call the buyer', due_at: todayAt(23) });

    await page.getByRole('link', { name: 'My day' }).click();
    const today = page.locator('section', { has: page.getByRole('heading', { name: 'Planned for today' }) });
    await today.getByText('Call the buyer').waitFor();
    await screenshot(page, '05-my-day');
    await today.getByRole('button', { name: 'Log outcome' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Outcome').fill('Wants an offer by Friday');
    await dialog.getByLabel('Next step subject').fill('Send the offer');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await today.getByText('Nothing planned for today.').waitFor();

    const activities = await mia.get(`/activities?account_id=${account.id}&sort=-created_at`);
    const done = activities.items.find((activity) => activity.subject === 'Call the buyer');
    const next = activities.items.find((activity) => activity.subject === 'Send the offer');
    assert.equal(done.outcome, 'Wants an offer by Friday');
    assert.ok(done.done_at);
    assert.ok(next.due_at);
    assert.equal(next.done_at, null);
  });

  it('shows a clear message when someone else changed the record first', async () => {
    const mia = await company.as(company.mia);
    const [account] = (await mia.get('/accounts?q=nordlicht')).items;
    await page.goto(`${server.url}/accounts/${account.id}`);
    const details = page.locator('section', { has: page.getByRole('heading', { name: 'Details' }) });
    await details.getByRole('button', { name: 'Edit' }).click();
    await details.getByLabel('Industry').fill('Shipping');

    // A colleague (here the same user at another desk) saves first.
    await mia.patch(`/accounts/${account.id}`, { phone: '+49 40 1234' }, `"${account.version}"`);

    await details.getByRole('button', { name: 'Save' }).click();
    const alert = details.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Someone else changed this record/);
    await screenshot(page, '06-stale-edit-conflict');

    await alert.getByRole('button', { name: 'Reload' }).click();
    await details.locator('[data-field=phone]', { hasText: '+49 40 1234' }).waitFor();
  });

  it('signs out', async () => {
    await signOut(page);
  });
});
