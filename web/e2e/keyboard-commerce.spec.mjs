// Commerce's remaining flows with the keyboard alone (commerce.spec's, never the pointer; keyboard.spec has
// the one-line offer through to its order): an offer of two lines, the first line's price explained from its
// button, a manual discount beyond the manager's limit refused on its cell and corrected there; and on an order
// page, shipping more than was reserved refused on that line's input. Every element the focus passes on the
// way must show it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { chooseOption, errorUnder, focusOn, hasFocus, navigateTo, signInByKeyboard, typeOver } from './keyboard-support.mjs';
import { addUser, launchBrowser, PASSWORD, personPage, screenshot, startServer } from './support.mjs';

describe('offers and orders with the keyboard alone', () => {
  let server;
  let browser;
  let company;
  let mia;
  let account;
  let orderId;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    const { admin } = company;
    await addUser(admin, { email: 'otto@e2e.test', name: 'Otto Operations', role: 'operations' });
    const product = (sku, name, kind, unit, amount) =>
      admin.post('/products', { sku, name, kind, unit, price: { amount, currency: 'EUR' }, tax_rate: '20.00' });
    const coil = await product('HRC-2.0', 'Hot-rolled coil 2.0 mm', 'good', 't', '100.00');
    await product('CUT-SRV', 'Cutting to length', 'service', 'h', '45.00');
    const list = await admin.post('/price_lists', {
      name: 'Wholesale',
      currency: 'EUR',
      lines: [{ product_id: coil.id, discount_percent: '10' }],
      order_tiers: [],
    });
    mia = await company.as(company.mia);
    account = await mia.post('/accounts', { name: 'Deshmukh Steel Traders', status: 'active', price_list_id: list.id });

    // An order confirmed, reserved in full and shipped in part, for the refusal on the order page.
    const offer = await mia.post('/offers', { account_id: account.id, lines: [{ product_id: coil.id, quantity: '12' }] });
    await mia.post(`/offers/${offer.id}/send`, {});
    orderId = (await mia.post(`/offers/${offer.id}/accept`, {})).order_id;
    await mia.post(`/orders/${orderId}/confirm`, {});
    const otto = await company.as({ email: 'otto@e2e.test' });
    await otto.post(`/orders/${orderId}/events`, { kind: 'reserved', department: 'warehouse', lines: [{ line_no: 1, quantity: '12' }] });
    await otto.post(`/orders/${orderId}/events`, { kind: 'shipped', department: 'shipping', lines: [{ line_no: 1, quantity: '8' }] });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('builds an offer of two lines, explains a line and refuses a discount beyond the limit on its cell', async () => {
    const page = await personPage(browser);
    await signInByKeyboard(page, server.url, 'mia@e2e.test', PASSWORD);
    await navigateTo(page, 'Offers');
    await focusOn(page, page.getByRole('link', { name: 'New offer' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New offer', level: 1 }).waitFor();

    await focusOn(page, page.getByRole('combobox', { name: /^Client/ }), { limit: 120 });
    await chooseOption(page, 'Deshm', 'Deshmukh Steel Traders');
    await focusOn(page, page.getByRole('combobox', { name: 'Product of line 1', exact: true }));
    await chooseOption(page, 'HRC', 'HRC-2.0 · Hot-rolled coil 2.0 mm');
    await focusOn(page, page.getByLabel('Quantity of line 1'));
    await page.keyboard.type('12');
    await focusOn(page, page.getByRole('button', { name: 'Add a line' }));
    await page.keyboard.press('Enter');
    await focusOn(page, page.getByRole('combobox', { name: 'Product of line 2', exact: true }), { key: 'Shift+Tab' });
    await chooseOption(page, 'CUT', 'CUT-SRV · Cutting to length');
    await focusOn(page, page.getByLabel('Quantity of line 2'));
    await page.keyboard.type('3');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=line-net] bdi').length === 2);

    // The explanation opens from its button, which says that it is open.
    const why = page.getByRole('button', { name: 'Why this price: line 1' });
    await focusOn(page, why, { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    const explanation = page.getByTestId('explanation-1');
    await explanation.waitFor();
    assert.equal(await why.getAttribute('aria-expanded'), 'true');
    assert.match(await explanation.innerText(), /Price list\s+Wholesale\s+10%\s+-€120\.00/);

    // 30 % by hand is beyond a level 1 manager's 5 %: refused on that cell, and corrected there.
    const discount = page.getByLabel('Manual discount of line 2, in percent');
    await focusOn(page, discount);
    await page.keyboard.type('30');
    assert.match(await errorUnder(page, discount), /Above your limit for manual discounts \(5%\)/);
    assert.equal(await hasFocus(discount), true, 'the focus stays on the cell being typed in');
    await screenshot(page, 'keyboard-40-offer-discount-over-limit');
    await typeOver(page, '5');
    await page.waitForFunction(() => document.querySelectorAll('input[aria-invalid=true]').length === 0);

    await focusOn(page, page.getByRole('button', { name: 'Create' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('offer-status').getByText('Draft').waitFor();
    const offers = (await mia.get(`/offers?account_id=${account.id}&status=draft`)).items;
    assert.deepEqual(
      offers.map((offer) => offer.lines.map((line) => [line.quantity, line.manual_discount_percent])),
      [[['12', '0.00'], ['3', '5.00']]],
    );
    await page.context().close();
  });

  it('refuses shipping more than was reserved on that line’s input of the order page', async () => {
    const page = await personPage(browser);
    await signInByKeyboard(page, server.url, 'otto@e2e.test', PASSWORD);
    await page.goto(`${server.url}/orders/${orderId}`);
    await page.getByTestId('shipment-status').getByText('In part').waitFor();
    const form = page.getByTestId('post-event');
    // A closed select jumps to the option whose label starts with what is typed.
    const kind = form.getByLabel('Event');
    await focusOn(page, kind, { limit: 120 });
    await page.keyboard.type('Sh');
    assert.equal(await kind.inputValue(), 'shipped');
    const line1 = form.getByLabel(/Quantity of line 1/);
    await focusOn(page, line1);
    await typeOver(page, '5');
    await focusOn(page, form.getByRole('button', { name: 'Post' }));
    await page.keyboard.press('Enter');
    assert.match(await errorUnder(page, line1), /beyond the 12 reserved/);
    await focusOn(page, line1, { key: 'Shift+Tab' });
    await typeOver(page, '4');
    await page.keyboard.press('Enter');
    await page.getByTestId('shipment-status').getByText('In full').waitFor();
    const order = await mia.get(`/orders/${orderId}`);
    assert.equal(order.lines[0].shipped_quantity, '12');
    await page.context().close();
  });
});
