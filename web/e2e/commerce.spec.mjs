// Commerce in the browser: a manager builds an offer of two lines priced live, reads why a line costs what
// it costs, meets the refusal of a manual discount beyond her limit on that very cell, sends the offer,
// accepts it and confirms the order it made; an operations user reserves and ships from the Operations
// screen (and meets the refusal of shipping more than was reserved on that line); the manager sees the
// statuses move; a second manager sees nothing of it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { addUser, launchBrowser, personPage, screenshot, signIn, signOut, startServer } from './support.mjs';

const OTTO = { email: 'otto@e2e.test', name: 'Otto Operations' };

/** Chooses a product in a line's typeahead by typing part of its SKU. */
async function pickProduct(page, line, typed, optionName) {
  const picker = page.getByRole('combobox', { name: `Product of line ${line}`, exact: true });
  await picker.click();
  await picker.fill(typed);
  await page.getByRole('option', { name: optionName }).click();
}

/** The text of the error shown under an input, found through its aria-describedby. */
async function errorUnder(page, input) {
  await page.waitForFunction((element) => element.getAttribute('aria-invalid') === 'true', await input.elementHandle());
  const describedBy = await input.getAttribute('aria-describedby');
  const id = describedBy?.split(' ').find((candidate) => candidate.includes('error'));
  return page.locator(`[id="${id}"]`).innerText();
}

describe('offers, orders and the hand-off', () => {
  let server;
  let browser;
  let company;
  let page;
  let offerNumber;
  let orderId;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    const { admin, mia } = company;
    await addUser(admin, { ...OTTO, role: 'operations' });
    const coil = await admin.post('/products', {
      sku: 'HRC-2.0',
      name: 'Hot-rolled coil 2.0 mm',
      kind: 'good',
      unit: 't',
      price: { amount: '100.00', currency: 'EUR' },
      tax_rate: '20.00',
    });
    await admin.post('/products', {
      sku: 'CUT-SRV',
      name: 'Cutting to length',
      kind: 'service',
      unit: 'h',
      price: { amount: '45.00', currency: 'EUR' },
      tax_rate: '20.00',
    });
    const list = await admin.post('/price_lists', {
      name: 'Wholesale',
      currency: 'EUR',
      lines: [{ product_id: coil.id, discount_percent: '10' }],
      order_tiers: [],
    });
    const asMia = await company.as(mia);
    await asMia.post('/accounts', { name: 'Deshmukh Steel Traders', status: 'active', price_list_id: list.id });
    browser = await launchBrowser();
    page = await personPage(browser);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a manager build an offer priced live, explained line by line, refused beyond her limit', async () => {
    await signIn(page, server.url, 'mia@e2e.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
    await page.getByRole('heading', { name: 'Offers', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New offer' }).click();
    await page.getByRole('heading', { name: 'New offer', level: 1 }).waitFor();

    const client = page.getByRole('combobox', { name: /^Client/ });
    await client.click();
    await client.fill('Deshm');
    await page.getByRole('option', { name: 'Deshmukh Steel Traders' }).click();
    await pickProduct(page, 1, 'HRC', 'HRC-2.0 · Hot-rolled coil 2.0 mm');
    await page.getByLabel('Quantity of line 1').fill('12');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await pickProduct(page, 2, 'CUT', 'CUT-SRV · Cutting to length');
    await page.getByLabel('Quantity of line 2').fill('3');

    // Priced live: 12 t at 100.00 less the list's 10 % is 1,080.00; 3 h at 45.00 is 135.00.
    const lines = page.getByTestId('document-lines');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=line-net] bdi').length === 2);
    assert.equal(await lines.locator('tr[data-line="1"] [data-testid=line-net]').innerText(), '€1,080.00');
    assert.equal(await lines.locator('tr[data-line="2"] [data-testid=line-net]').innerText(), '€135.00');
    const totals = page.getByTestId('document-totals');
    await page.waitForFunction(() => document.querySelector('[data-testid=document-totals] [data-total=total]')?.textContent?.includes('1,458.00'));
    assert.match(await totals.innerText(), /Subtotal \(net\)\s+€1,215\.00/);

    // Why line 1 costs what it costs: the list value, the price list's 10 %, the net.
    await page.getByRole('button', { name: 'Why this price: line 1' }).click();
    const explanation = page.getByTestId('explanation-1');
    await explanation.waitFor();
    const explained = await explanation.innerText();
    assert.match(explained, /List price × quantity\s+12 × €100\.00\s+€1,200\.00/);
    assert.match(explained, /Price list\s+Wholesale\s+10%\s+-€120\.00/);
    assert.match(explained, /Net\s+€1,080\.00/);
    await screenshot(page, '40-offer-editor-live-pricing');

    // 30 % by hand is beyond a level 1 manager's 5 %: refused on that cell, and only there.
    const discount = page.getByLabel('Manual discount of line 2, in percent');
    await discount.fill('30');
    assert.match(await errorUnder(page, discount), /Above your limit for manual discounts \(5%\)/);
    assert.equal(await page.locator('input[aria-invalid=true]').count(), 1, 'only the cell the API named');
    await screenshot(page, '41-offer-discount-over-limit');
    await discount.fill('5');
    await page.waitForFunction(() => document.querySelectorAll('input[aria-invalid=true]').length === 0);

    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('offer-status').getByText('Draft').waitFor();
    offerNumber = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Offer', '').trim();
    assert.match(offerNumber, /^OF-\d{4}-\d{5}$/);
  });

  it('sends the offer, accepts it and confirms the order it made', async () => {
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('offer-status').getByText('Sent').waitFor();
    assert.equal(await page.locator('main input, main textarea').count(), 0, 'a sent offer reads only');
    const document = page.getByTestId('offer-document');
    assert.match(await document.getAttribute('href'), /^\/api\/v1\/offers\/\d+\/document$/);
    const pdf = await page.request.get(`${server.url}${await document.getAttribute('href')}`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    await screenshot(page, '42-offer-sent');

    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByTestId('offer-status').getByText('Accepted').waitFor();
    await page.getByTestId('offer-order').click();
    await page.getByTestId('order-status').getByText('Draft').waitFor();
    orderId = page.url().split('/').pop();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByTestId('order-status').getByText('Confirmed').waitFor();
    assert.match(await page.getByTestId('order-lines').innerText(), /Hot-rolled coil 2\.0 mm\s+12 t\s+0 t\s+0 t\s+0 t/);
    await screenshot(page, '43-order-confirmed');
    await signOut(page);
  });

  it('lets an operations user reserve and ship from the Operations screen', async () => {
    await signIn(page, server.url, OTTO.email);
    await page.getByRole('heading', { name: 'Operations', level: 1 }).waitFor();
    const nav = await page.getByRole('navigation').innerText();
    assert.doesNotMatch(nav, /Offers|Accounts|Pipeline/, 'operations staff are offered no sales screens');

    const toReserve = page.getByTestId('to-reserve');
    await toReserve.getByRole('button', { name: /^Reserved OR-/ }).first().click();
    const dialog = page.getByRole('dialog');
    assert.equal(await dialog.getByLabel(/Quantity of line 1/).inputValue(), '12', 'pre-filled with what is left to reserve');
    await screenshot(page, '44-operations-reserve');
    await dialog.getByRole('button', { name: 'Post' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Ship part of it: 8 of the 12 t, none of the cutting yet.
    const toShip = page.getByTestId('to-ship');
    await toShip.getByRole('button', { name: /^Shipped OR-/ }).first().click();
    await dialog.getByLabel(/Quantity of line 1/).fill('8');
    await dialog.getByLabel(/Quantity of line 2/).fill('');
    await dialog.getByRole('button', { name: 'Post' }).click();
    await dialog.waitFor({ state: 'detached' });
    await screenshot(page, '45-operations-after-shipping');

    // On the order page, shipping more than was reserved is refused on that line's input.
    await page.goto(`${server.url}/orders/${orderId}`);
    await page.getByTestId('shipment-status').getByText('In part').waitFor();
    const form = page.getByTestId('post-event');
    await form.getByLabel('Event').selectOption('shipped');
    const line1 = form.getByLabel(/Quantity of line 1/);
    await line1.fill('5');
    await form.getByRole('button', { name: 'Post' }).click();
    assert.match(await errorUnder(page, line1), /beyond the 12 reserved/);
    assert.equal(await page.locator('input[aria-invalid=true]').count(), 1);
    await screenshot(page, '46-order-ship-beyond-reserved');
    const handOff = await page.getByTestId('hand-off').innerText();
    assert.match(handOff, /Shipped[\s\S]*Line 1: 8[\s\S]*Reserved[\s\S]*Line 1: 12/i, 'newest first');
    await signOut(page);
  });

  it('shows the manager the statuses the hand-off moved, and a second manager nothing', async () => {
    await signIn(page, server.url, 'mia@e2e.test');
    await page.goto(`${server.url}/orders/${orderId}`);
    await page.getByTestId('order-status').getByText('In fulfilment').waitFor();
    assert.match(await page.getByTestId('reservation-status').textContent(), /In full/);
    assert.match(await page.getByTestId('shipment-status').textContent(), /In part/);
    assert.match(await page.getByTestId('order-lines').innerText(), /12 t\s+12 t\s+8 t\s+0 t/);
    await screenshot(page, '47-order-manager-side');
    await signOut(page);

    await signIn(page, server.url, 'max@e2e.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
    await page.getByRole('heading', { name: 'Offers', level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-placeholder]'));
    assert.doesNotMatch(await page.getByTestId('record-table').innerText(), new RegExp(offerNumber));
    const { items } = await (await company.as(company.max)).get('/offers');
    assert.equal(items.length, 0);
  });
});
