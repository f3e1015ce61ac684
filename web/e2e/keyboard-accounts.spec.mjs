// An account manager's day with the keyboard alone (accounts.spec's flows, never the pointer): creating an
// account from the list's dialog, the API's validation sentence read from the field it names and corrected
// there; finding it with instant search; logging a call; logging a planned call's outcome from My day with the
// next step; a stale edit met with the conflict message and its Reload button; signing out. Every element the
// focus passes on the way must show it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { errorUnder, focusLandsOn, focusOn, navigateTo, signInByKeyboard, typeOver } from './keyboard-support.mjs';
import { launchBrowser, PASSWORD, personPage, screenshot, startServer, todayAt } from './support.mjs';

describe('an account manager’s day with the keyboard alone', () => {
  let server;
  let browser;
  let company;
  let mia;
  let page;
  let account;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    mia = await company.as(company.mia);
    browser = await launchBrowser();
    page = await personPage(browser);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in after a refused password, the refusal in words', async () => {
    await signInByKeyboard(page, server.url, 'mia@e2e.test', 'wrong-password', { refused: true });
    const refusal = page.getByRole('alert');
    assert.doesNotMatch(await refusal.innerText(), /[{}"]/, 'no raw JSON');
    await signInByKeyboard(page, server.url, 'mia@e2e.test', PASSWORD);
  });

  it('creates an account in the list’s dialog, the validation sentence read from the field and corrected', async () => {
    await navigateTo(page, 'Accounts');
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await focusOn(page, page.getByRole('button', { name: 'New account' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await focusOn(page, dialog.getByLabel('Name'));
    await page.keyboard.type('Nordlicht Logistik GmbH');
    const email = dialog.getByLabel('E-mail');
    await focusOn(page, email);
    await page.keyboard.type('not-an-address');
    const create = dialog.getByRole('button', { name: 'Create' });
    await focusOn(page, create);
    await page.keyboard.press('Enter');
    assert.match(await errorUnder(page, email), /e-?mail/i);
    await screenshot(page, 'keyboard-20-account-create-validation');

    // Back to the field that is wrong, its error still read out with it, and on to the tags.
    await focusOn(page, email, { key: 'Shift+Tab' });
    await typeOver(page, 'info@nordlicht.example');
    await focusOn(page, dialog.getByLabel('Industry'), { key: 'Shift+Tab' });
    await page.keyboard.type('Logistics');
    await focusOn(page, dialog.getByLabel('Tags'));
    await page.keyboard.type('vip, north');
    await focusOn(page, create);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nordlicht Logistik GmbH' }).waitFor();
    [account] = (await mia.get('/accounts?q=nordlicht')).items;
    assert.deepEqual([account.email, account.industry, account.tags], ['info@nordlicht.example', 'Logistics', ['vip', 'north']]);
  });

  it('finds the account with instant search', async () => {
    await navigateTo(page, 'Accounts');
    const search = page.getByLabel('Search accounts');
    await focusOn(page, search);
    await page.keyboard.type('nordl');
    const row = page.getByTestId('record-table').getByRole('link', { name: 'Nordlicht Logistik GmbH' });
    await row.waitFor();
    await typeOver(page, 'nordlx');
    await page.getByText('No accounts match.').waitFor();
    await typeOver(page, 'nordlicht');
    await focusOn(page, row);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nordlicht Logistik GmbH' }).waitFor();
  });

  it('logs a call on the account', async () => {
    const form = page.getByRole('form', { name: 'Log activity' });
    await focusOn(page, form.getByLabel('Subject'), { limit: 120 });
    await page.keyboard.type('Discussed the renewal');
    await focusOn(page, form.getByLabel('Outcome'));
    await page.keyboard.type('Interested in two more sites');
    await focusOn(page, form.getByRole('button', { name: 'Log activity' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('timeline').getByText('Discussed the renewal').waitFor();
  });

  it('logs a planned call’s outcome from My day and plans the next step', async () => {
    await mia.post('/activities', { account_id: account.id, kind: 'call', subject: 'Call the buyer', due_at: todayAt(23) });
    await navigateTo(page, 'My day');
    const today = page.getByRole('region', { name: 'Planned for today' });
    await today.getByText('Call the buyer').waitFor();
    await focusOn(page, today.getByRole('button', { name: 'Log outcome' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Call the buyer/ });
    await dialog.waitFor();
    // The outcome's field has the focus as the dialog opens.
    await focusLandsOn(page, dialog.getByLabel('Outcome'));
    await page.keyboard.type('Wants an offer by Friday');
    await focusOn(page, dialog.getByLabel('Next step subject'));
    await page.keyboard.type('Send the offer');
    await focusOn(page, dialog.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await today.getByText('Nothing planned for today.').waitFor();

    const { items } = await mia.get(`/activities?account_id=${account.id}&sort=-created_at`);
    const done = items.find((activity) => activity.subject === 'Call the buyer');
    const next = items.find((activity) => activity.subject === 'Send the offer');
    assert.equal(done.outcome, 'Wants an offer by Friday');
    assert.ok(done.done_at);
    assert.ok(next.due_at);
    assert.equal(next.done_at, null);
  });

  it('meets a stale edit with the conflict message, and reloads from its button', async () => {
    await navigateTo(page, 'Accounts');
    const row = page.getByTestId('record-table').getByRole('link', { name: 'Nordlicht Logistik GmbH' });
    await focusOn(page, row);
    await page.keyboard.press('Enter');
    const details = page.locator('section', { has: page.getByRole('heading', { name: 'Details' }) });
    await focusOn(page, details.getByRole('button', { name: 'Edit' }), { limit: 120 });
    const read = (await mia.get(`/accounts/${account.id}`)).version;
    await page.keyboard.press('Enter');
    await focusOn(page, details.getByLabel('Industry'), { limit: 120 });
    await typeOver(page, 'Shipping');

    // A colleague (here the same user at another desk) saves first.
    await mia.patch(`/accounts/${account.id}`, { phone: '+49 40 1234' }, `"${read}"`);

    await focusOn(page, details.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    const alert = details.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Someone else changed this record/);
    await focusOn(page, alert.getByRole('button', { name: 'Reload' }), { key: 'Shift+Tab', limit: 120 });
    await page.keyboard.press('Enter');
    await details.locator('[data-field=phone]', { hasText: '+49 40 1234' }).waitFor();
  });

  it('signs out', async () => {
    await focusOn(page, page.getByRole('button', { name: 'Sign out' }), { key: 'Shift+Tab', limit: 150 });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
