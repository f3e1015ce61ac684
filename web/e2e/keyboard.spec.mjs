// The main flows with the keyboard alone — Tab, Shift+Tab, Enter, Space, Escape and the arrows, never the
// pointer: sign in, open an account from the list, log an activity, move deals between the board's stages
// (the "Move to…" menu of a card, and losing one with its reason), log an outcome from My day, record an
// absence, build an offer (typeaheads chosen with the arrows), create, send and accept it, confirm its order and
// reserve it, ship it from the Operations screen as operations staff, add a product as an admin, archive and
// restore an account as a head, turn a report into a table, and switch the language in the profile menu. Every element the focus passes on the way must show it (an outline, a ring, or
// the input's border).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { arrowTo, confirmed, focusOn } from './keyboard-support.mjs';
import { addUser, ADMIN, launchBrowser, PASSWORD, personPage, screenshot, signIn, startServer, todayAt } from './support.mjs';

describe('the main flows with the keyboard alone', () => {
  let server;
  let browser;
  let page;
  let mia;
  let account;
  let planned;
  let company;
  const deals = {};

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    mia = await company.as(company.mia);
    account = await mia.post('/accounts', { name: 'Hafenkran AG', status: 'active' });
    const add = async (key, title, stage) => {
      deals[key] = await mia.post('/deals', { account_id: account.id, title, stage, amount: { amount: '100.00', currency: 'EUR' } });
    };
    await add('fleet', 'Fleet renewal', 'new');
    await add('pilot', 'Pilot project', 'qualified');
    await addUser(company.admin, { email: 'olli@e2e.test', name: 'Olli Operations', role: 'operations' });
    await company.admin.post('/products', {
      sku: 'CRN-5',
      name: 'Harbour crane service',
      kind: 'service',
      unit: 'h',
      price: { amount: '450.00', currency: 'EUR' },
      tax_rate: '20.00',
    });
    planned = await mia.post('/activities', { account_id: account.id, kind: 'call', subject: 'Call the harbour master', due_at: todayAt(23) });
    browser = await launchBrowser();
    page = await personPage(browser);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in: the e-mail field has the focus, Tab leads to the password, Enter sends', async () => {
    await page.goto(`${server.url}/`);
    const email = page.getByLabel('E-mail');
    await email.waitFor();
    assert.equal(await email.evaluate((input) => input === document.activeElement), true, 'the e-mail field has the focus');
    await page.keyboard.type('mia@e2e.test');
    await focusOn(page, page.getByRole('textbox', { name: 'Password' }));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('user-name').waitFor();
  });

  it('skips to the content, opens the accounts from the navigation and an account from the list', async () => {
    await focusOn(page, page.getByRole('link', { name: 'Skip to content' }), { limit: 1 });
    await focusOn(page, page.getByRole('navigation').getByRole('link', { name: 'Accounts' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();

    // A dialog opened from the keyboard closes with Escape and gives the focus back to its button.
    const create = page.getByRole('button', { name: 'New account' });
    await focusOn(page, create);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.equal(await create.evaluate((button) => button === document.activeElement), true, 'the focus is back on its button');

    await focusOn(page, page.getByRole('link', { name: 'Hafenkran AG' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hafenkran AG' }).waitFor();
  });

  it('logs a meeting on the account', async () => {
    const form = page.getByRole('form', { name: 'Log activity' });
    await focusOn(page, form.getByLabel('Kind'));
    // A closed select changes its value with the arrows: call → meeting.
    await page.keyboard.press('ArrowDown');
    assert.equal(await form.getByLabel('Kind').inputValue(), 'meeting');
    await focusOn(page, form.getByLabel('Subject'));
    await page.keyboard.type('Walked the yard with the foreman');
    await focusOn(page, form.getByLabel('Outcome'));
    await page.keyboard.type('Two more cranes next spring');
    await page.keyboard.press('Enter');
    await page.getByTestId('timeline').getByText('Walked the yard with the foreman').waitFor();

    const { items } = await mia.get(`/activities?account_id=${account.id}&kind=meeting`);
    assert.deepEqual(
      items.map((activity) => [activity.subject, activity.outcome]),
      [['Walked the yard with the foreman', 'Two more cranes next spring']],
    );
  });

  it('moves a deal to another stage from its card’s menu', async () => {
    await focusOn(page, page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }), { key: 'Shift+Tab', limit: 80 });
    await page.keyboard.press('Enter');
    const move = page.getByRole('button', { name: 'Move to… Fleet renewal' });
    await focusOn(page, move);
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await arrowTo(page, 'Proposal');
    await screenshot(page, 'keyboard-01-move-menu');
    await page.keyboard.press('Enter');
    await page.getByTestId('column-proposal').getByTestId(`deal-${deals.fleet.id}`).waitFor();
    assert.equal((await mia.get(`/deals/${deals.fleet.id}`)).stage, 'proposal');
    assert.equal(await move.evaluate((button) => button === document.activeElement), true, 'the focus stays on the card');
  });

  it('loses a deal with its reason, the dialog driven by the keyboard', async () => {
    const move = page.getByRole('button', { name: 'Move to… Pilot project' });
    await focusOn(page, move, { key: 'Shift+Tab' });
    await page.keyboard.press('Space');
    await page.getByRole('menu').waitFor();
    await arrowTo(page, 'Lost', 'ArrowUp');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Why was “Pilot project” lost/ });
    await dialog.waitFor();
    // The reason's field has the focus as the dialog opens.
    await page.keyboard.type('No budget this year');
    await page.keyboard.press('Enter');
    await page.getByTestId('column-lost').getByTestId(`deal-${deals.pilot.id}`).waitFor();
    const stored = await mia.get(`/deals/${deals.pilot.id}`);
    assert.equal(stored.stage, 'lost');
    assert.equal(stored.lost_reason, 'No budget this year');
  });

  it('logs the outcome of a planned call from My day', async () => {
    await focusOn(page, page.getByRole('navigation').getByRole('link', { name: 'My day' }), { key: 'Shift+Tab', limit: 80 });
    await page.keyboard.press('Enter');
    const today = page.getByRole('region', { name: 'Planned for today' });
    await focusOn(page, today.getByRole('button', { name: 'Log outcome' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Call the harbour master/ });
    await dialog.waitFor();
    // The outcome's field has the focus as the dialog opens; Enter there starts a new line.
    await page.keyboard.type('Berth 4 is free in May');
    await focusOn(page, dialog.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const logged = await mia.get(`/activities/${planned.id}`);
    assert.equal(logged.outcome, 'Berth 4 is free in May');
    assert.notEqual(logged.done_at, null);
  });

  it('records an absence', async () => {
    await focusOn(page, page.getByRole('navigation').getByRole('link', { name: 'Absences' }), { key: 'Shift+Tab', limit: 80 });
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Record an absence' });
    await focusOn(page, form.getByRole('button', { name: 'Record an absence' }));
    await page.keyboard.press('Enter');
    await confirmed(page, 'Absence recorded.', form);
    const { items } = await mia.get('/absences');
    assert.deepEqual(
      items.map((absence) => absence.user_id),
      [company.mia.id],
    );
  });

  it('shows a report as a table instead of a chart, with the arrows', async () => {
    await focusOn(page, page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }), { key: 'Shift+Tab', limit: 80 });
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('pipeline-report');
    await focusOn(page, panel.getByRole('radio', { name: 'Chart' }));
    await page.keyboard.press('ArrowRight');
    await panel.getByRole('table').waitFor();
  });

  it('builds an offer, creates it and sends it', async () => {
    await focusOn(page, page.getByRole('navigation').getByRole('link', { name: 'Offers' }), { key: 'Shift+Tab', limit: 120 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Offers', level: 1 }).waitFor();
    await focusOn(page, page.getByRole('link', { name: 'New offer' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New offer', level: 1 }).waitFor();

    // A typeahead takes what is typed, the arrows choose among its options and Enter picks one.
    await focusOn(page, page.getByRole('combobox', { name: /^Client/ }), { limit: 120 });
    await page.keyboard.type('Hafen');
    await page.getByRole('option', { name: 'Hafenkran AG' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await focusOn(page, page.getByRole('combobox', { name: 'Product of line 1', exact: true }));
    await page.keyboard.type('CRN');
    await page.getByRole('option', { name: /^CRN-5/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await focusOn(page, page.getByLabel('Quantity of line 1'));
    await page.keyboard.type('2');
    await page.waitForFunction(() => document.querySelector('[data-testid=line-net] bdi')?.textContent === '€900.00');

    await focusOn(page, page.getByRole('button', { name: 'Create' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('offer-status').getByText('Draft').waitFor();
    await focusOn(page, page.getByRole('button', { name: 'Send' }), { limit: 120 });
    await page.keyboard.press('Enter');
    await page.getByTestId('offer-status').getByText('Sent').waitFor();
    const { items } = await mia.get(`/offers?account_id=${account.id}`);
    assert.deepEqual(
      items.map((offer) => [offer.status, offer.total.amount]),
      [['sent', '1080.00']],
    );
  });

  it('accepts the offer, confirms its order and posts a reservation on it', async () => {
    await focusOn(page, page.getByRole('button', { name: 'Accept' }), { key: 'Shift+Tab', limit: 120 });
    await page.keyboard.press('Enter');
    await page.getByTestId('offer-status').getByText('Accepted').waitFor();
    await focusOn(page, page.getByTestId('offer-order'), { limit: 120 });
    await page.keyboard.press('Enter');
    await page.getByTestId('order-status').getByText('Draft').waitFor();
    await focusOn(page, page.getByRole('button', { name: 'Confirm' }), { limit: 120 });
    await page.keyboard.press('Enter');
    await page.getByTestId('order-status').getByText('Confirmed').waitFor();

    // The event form starts at a reservation of what is left: Enter on its button posts it.
    const form = page.getByTestId('post-event');
    await focusOn(page, form.getByRole('button', { name: 'Post' }), { limit: 120 });
    await page.keyboard.press('Enter');
    await page.getByTestId('reservation-status').getByText('In full').waitFor();
    const { items } = await mia.get(`/orders?account_id=${account.id}`);
    assert.deepEqual(
      items.map((order) => [order.status, order.reservation_status, order.lines[0].reserved_quantity]),
      [['in_fulfilment', 'full', '2']],
    );
  });

  it('lets operations ship the reserved order from the Operations screen', async () => {
    // Signing in by keyboard is shown above; this one flow is the operations user's.
    const desk = await personPage(browser);
    await signIn(desk, server.url, 'olli@e2e.test');
    await desk.getByRole('heading', { name: 'Operations', level: 1 }).waitFor();
    await focusOn(desk, desk.getByTestId('to-ship').getByRole('button', { name: /^Shipped OR-/ }).first(), { limit: 120 });
    await desk.keyboard.press('Enter');
    const dialog = desk.getByRole('dialog');
    await dialog.waitFor();
    await focusOn(desk, dialog.getByRole('button', { name: 'Post' }));
    await desk.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const { items } = await mia.get(`/orders?account_id=${account.id}`);
    assert.deepEqual(
      items.map((order) => [order.status, order.shipment_status]),
      [['shipped', 'full']],
    );
    await desk.context().close();
  });

  it('lets an admin add a product to the catalogue', async () => {
    const desk = await personPage(browser);
    await signIn(desk, server.url, ADMIN.email, ADMIN.password);
    await desk.goto(`${server.url}/products`);
    await desk.getByRole('heading', { name: 'Products', level: 1 }).waitFor();
    await focusOn(desk, desk.getByRole('button', { name: 'New product' }), { limit: 120 });
    await desk.keyboard.press('Enter');
    const dialog = desk.getByRole('dialog');
    await dialog.waitFor();
    for (const [label, typed] of [['SKU', 'BOL-M20'], ['Name', 'Bollard M20'], ['Unit', 'pc'], ['List price', '12.50']]) {
      await focusOn(desk, dialog.getByLabel(label));
      await desk.keyboard.type(typed);
    }
    await focusOn(desk, dialog.getByRole('button', { name: 'Create' }));
    await desk.keyboard.press('Enter');
    await desk.getByRole('heading', { name: 'Bollard M20', level: 1 }).waitFor();
    const { items } = await company.admin.get('/products?sku=BOL-M20');
    assert.deepEqual(items[0].price, { amount: '12.50', currency: 'EUR' });
    await desk.context().close();
  });

  it('lets a head archive an account and restore it', async () => {
    const desk = await personPage(browser);
    await signIn(desk, server.url, 'hana@e2e.test');
    await desk.goto(`${server.url}/accounts/${account.id}`);
    await desk.getByRole('heading', { level: 1, name: 'Hafenkran AG' }).waitFor();
    await focusOn(desk, desk.getByRole('button', { name: 'Archive account' }), { limit: 120 });
    await desk.keyboard.press('Enter');
    const dialog = desk.getByRole('dialog', { name: 'Archive Hafenkran AG?' });
    await focusOn(desk, dialog.getByRole('button', { name: 'Archive' }));
    await desk.keyboard.press('Enter');
    await desk.getByText('Hafenkran AG is archived').waitFor();
    await focusOn(desk, desk.getByRole('button', { name: 'Restore account' }), { limit: 120 });
    await desk.keyboard.press('Enter');
    await desk.getByRole('heading', { level: 1, name: 'Hafenkran AG' }).waitFor();
    assert.equal((await mia.get(`/accounts/${account.id}`)).name, 'Hafenkran AG');
    await desk.context().close();
  });

  it('switches the language in the profile menu', async () => {
    await focusOn(page, page.getByTestId('language-menu'), { key: 'Shift+Tab', limit: 80 });
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await arrowTo(page, 'Filipino');
    await page.keyboard.press('Enter');
    await page.getByRole('navigation').getByRole('link', { name: 'Mga account', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fil');
    assert.equal((await mia.get('/auth/me')).locale, 'fil');
  });
});
