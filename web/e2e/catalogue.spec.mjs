// The catalogue: an admin builds a product and a price list (two lines and an order tier) in the UI, edits
// a line, and meets the API's refusal on the very cell it names; a manager reads it all and is offered no
// control that the API would refuse.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { ADMIN, civilToday, launchBrowser, personPage, screenshot, signIn, signOut, startServer } from './support.mjs';

async function openCatalogue(page, item) {
  await page.getByTestId('catalogue-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Chooses a product in a line's typeahead by typing part of its SKU. */
async function pickProduct(page, line, typed, optionName) {
  const picker = page.getByRole('combobox', { name: `Product of line ${line}`, exact: true });
  await picker.click();
  await picker.fill(typed);
  await page.getByRole('option', { name: optionName }).click();
}

describe('the catalogue', () => {
  let server;
  let browser;
  let company;
  let page;
  let sheet;
  let listId;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    // A second product, arranged through the API: the list's lines need two.
    sheet = await company.admin.post('/products', {
      sku: 'CRS-1.0',
      name: 'Cold-rolled sheet 1.0 mm',
      kind: 'good',
      unit: 't',
      price: { amount: '820.00', currency: 'EUR' },
      tax_rate: '19.00',
    });
    browser = await launchBrowser();
    page = await personPage(browser);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets an admin create a product, its money exact and its validation on the field', async () => {
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
    await openCatalogue(page, 'Products');
    await page.getByRole('heading', { name: 'Products', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New product' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('SKU').fill('HRC 2.0');
    await dialog.getByLabel('Name').fill('Hot-rolled coil 2.0 × 1250 mm');
    await dialog.getByLabel('Unit').fill('t');
    await dialog.getByLabel('List price').fill('1,234,567.85');
    await dialog.getByLabel('Tax rate').fill('19');
    await dialog.getByRole('button', { name: 'Create' }).click();

    // A SKU with a space: the API refuses it, naming sku, and the message sits under that field.
    const sku = dialog.getByLabel('SKU');
    await page.waitForFunction(() => document.querySelector('[role=dialog] input[name=sku]')?.getAttribute('aria-invalid') === 'true');
    assert.match(await dialog.innerText(), /sku/i);
    await screenshot(page, '30-product-create-validation');

    await sku.fill('HRC-2.0-1250');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Hot-rolled coil 2.0 × 1250 mm', level: 1 }).waitFor();
    assert.equal(await page.locator('[data-field=price]').innerText(), '€1,234,567.85');
    assert.equal(await page.locator('[data-field=tax_rate]').innerText(), '19%');
    const { items } = await company.admin.get('/products?sku=HRC-2.0-1250');
    assert.deepEqual(items[0].price, { amount: '1234567.85', currency: 'EUR' }, 'sent as an exact decimal string');
    await screenshot(page, '31-product-page');

    await openCatalogue(page, 'Products');
    await page.getByRole('searchbox', { name: 'Search products' }).fill('CRS');
    await page.getByRole('link', { name: 'Cold-rolled sheet 1.0 mm' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=record-table] tbody tr').length === 1);
    await screenshot(page, '32-products-search');
  });

  it('lets an admin build a price list of two lines and an order tier, then edit a line', async () => {
    await openCatalogue(page, 'Price lists');
    await page.getByRole('link', { name: 'New price list' }).click();
    await page.getByLabel('Name').fill('Wholesale 2027');
    await page.getByLabel('Valid from').fill('2027-01-01');
    await page.getByLabel('Priority').fill('10');

    await page.getByRole('button', { name: 'Add a line' }).click();
    await pickProduct(page, 1, 'HRC', 'HRC-2.0-1250 · Hot-rolled coil 2.0 × 1250 mm');
    await page.getByLabel('Price, line 1').fill('1,150.50');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await pickProduct(page, 2, 'CRS', 'CRS-1.0 · Cold-rolled sheet 1.0 mm');
    await page.getByLabel('From quantity, line 2').fill('20');
    await page.getByLabel('Price or discount, line 2').selectOption('discount');
    await page.getByLabel('Discount percent, line 2').fill('4');
    await page.getByRole('button', { name: 'Add a tier' }).click();
    await page.getByLabel('From a total of, tier 1').fill('10000');
    await page.getByLabel('Discount percent, tier 1').fill('1.5');
    await screenshot(page, '33-price-list-new');
    await page.getByRole('button', { name: 'Create' }).click();

    await page.getByRole('heading', { name: 'Wholesale 2027', level: 1 }).waitFor();
    listId = new URL(page.url()).pathname.split('/').pop();
    const created = await company.admin.get(`/price_lists/${listId}`);
    assert.deepEqual(
      created.lines.map(({ product_id, min_quantity, price, discount_percent }) => ({ product_id, min_quantity, price, discount_percent })),
      [
        { product_id: created.lines[0].product_id, min_quantity: '1', price: { amount: '1150.50', currency: 'EUR' }, discount_percent: null },
        { product_id: sheet.id, min_quantity: '20', price: null, discount_percent: '4.00' },
      ],
    );
    assert.deepEqual(created.order_tiers.map(({ min_total, discount_percent }) => ({ min_total, discount_percent })), [
      { min_total: { amount: '10000.00', currency: 'EUR' }, discount_percent: '1.50' },
    ]);

    // The product names of a list read from the server come back into the pickers.
    const picker = page.getByRole('combobox', { name: 'Product of line 2', exact: true });
    await page.waitForFunction(() => document.querySelector('input[aria-label="Product of line 2"]')?.value.startsWith('CRS-1.0'));
    assert.match(await picker.inputValue(), /Cold-rolled sheet/);

    await page.getByLabel('Discount percent, line 2').fill('5');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Price list saved.').waitFor();
    const edited = await company.admin.get(`/price_lists/${listId}`);
    assert.equal(edited.lines[1].discount_percent, '5.00');
    assert.equal(edited.version, created.version + 1, 'the lines saved with their list, in one version');
  });

  it('shows the API’s refusal of a line on that line’s cell, and saves nothing', async () => {
    const before = await company.admin.get(`/price_lists/${listId}`);
    await page.getByLabel('Discount percent, line 2').fill('150');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.waitForFunction(() => document.querySelector('input[name="lines[1].discount_percent"]')?.getAttribute('aria-invalid') === 'true');
    const cell = page.getByLabel('Discount percent, line 2');
    const describedBy = await cell.getAttribute('aria-describedby');
    const message = await page.locator(`[id="${describedBy?.split(' ').find((id) => id.includes('error'))}"]`).innerText();
    assert.match(message, /between 0\.00 and 100\.00/);
    assert.doesNotMatch(message, /lines\[/, 'the cell says what is wrong without the API’s path, which counts from 0');
    assert.equal(await page.locator('input[aria-invalid=true]').count(), 1, 'only the cell the API named');
    await screenshot(page, '34-price-list-line-error');
    assert.deepEqual(await company.admin.get(`/price_lists/${listId}`), before);
    await signOut(page);
  });

  it('shows a manager the catalogue to read, without a control the API would refuse', async () => {
    await signIn(page, server.url, 'mia@e2e.test');
    await openCatalogue(page, 'Products');
    await page.getByRole('link', { name: 'Hot-rolled coil 2.0 × 1250 mm' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'New product' }).count(), 0);
    await page.getByRole('link', { name: 'Hot-rolled coil 2.0 × 1250 mm' }).click();
    await page.getByRole('heading', { name: 'Hot-rolled coil 2.0 × 1250 mm', level: 1 }).waitFor();
    assert.equal(await page.getByRole('button', { name: /Edit|Archive/ }).count(), 0);

    await openCatalogue(page, 'Price lists');
    await page.getByRole('link', { name: 'Wholesale 2027' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'New price list' }).count(), 0);
    await page.getByRole('link', { name: 'Wholesale 2027' }).click();
    const lines = page.getByTestId('price-list-lines');
    await lines.getByText('CRS-1.0 · Cold-rolled sheet 1.0 mm').waitFor();
    assert.match(await lines.innerText(), /€1,150\.50/);
    assert.match(await lines.innerText(), /5% off the list price/);
    assert.match(await page.getByTestId('price-list-tiers').innerText(), /From a total of €10,000\.00: 1\.5% off/);
    assert.equal(await page.locator('main input, main select').count(), 0, 'nothing to edit');
    assert.equal(await page.getByRole('button', { name: /Save|Archive|Add/ }).count(), 0);
    await screenshot(page, '35-price-list-read-only');
  });
});

describe('payment terms, promotions and the company’s settings', () => {
  let server;
  let browser;
  let company;
  let page;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    await company.admin.post('/products', {
      sku: 'PIPE-48',
      name: 'Welded pipe 48.3 × 3.2 mm',
      kind: 'good',
      unit: 'm',
      price: { amount: '6.40', currency: 'EUR' },
    });
    browser = await launchBrowser();
    page = await personPage(browser);
    await signIn(page, server.url, ADMIN.email, ADMIN.password);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets an admin create payment terms, the API’s refusal shown on the code', async () => {
    await openCatalogue(page, 'Payment terms');
    await page.getByRole('button', { name: 'New payment terms' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Code').fill('Net 45');
    await dialog.getByLabel('Name').fill('45 days net');
    await dialog.getByLabel('Days to pay').fill('45');
    await dialog.getByLabel('Price adjustment').fill('1.5');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForFunction(() => document.querySelector('[role=dialog] input[name=code]')?.getAttribute('aria-invalid') === 'true');

    await dialog.getByLabel('Code').fill('net45');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: '45 days net', level: 1 }).waitFor();
    assert.equal(await page.locator('[data-field=adjust_percent]').innerText(), '1.5% surcharge');
    const { items } = await company.admin.get('/payment_terms?code=net45');
    assert.equal(items[0].adjust_percent, '1.50');
    await screenshot(page, '36-payment-terms-page');
  });

  it('lets an admin create a promotion limited to a product chosen by typing', async () => {
    await openCatalogue(page, 'Promotions');
    await page.getByRole('button', { name: 'New promotion' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Pipe week');
    await dialog.getByLabel('Starts on').fill(civilToday());
    await dialog.getByLabel('Ends on').fill(civilToday(7));
    await dialog.getByLabel('From quantity').fill('100');
    await dialog.getByLabel('Discount %').fill('3');
    const picker = dialog.getByRole('combobox', { name: 'Add a product' });
    await picker.click();
    await picker.fill('PIPE');
    await page.getByRole('option', { name: 'PIPE-48 · Welded pipe 48.3 × 3.2 mm' }).click();
    await dialog.getByText('PIPE-48 · Welded pipe 48.3 × 3.2 mm').waitFor();
    await dialog.getByRole('button', { name: 'Create' }).click();

    await page.getByRole('heading', { name: 'Pipe week', level: 1 }).waitFor();
    await page.getByText('PIPE-48 · Welded pipe 48.3 × 3.2 mm').waitFor();
    assert.equal(await page.locator('[data-field=discount_percent]').innerText(), '3%');
    await screenshot(page, '37-promotion-page');
    await openCatalogue(page, 'Promotions');
    await page.getByRole('link', { name: 'Pipe week' }).waitFor();
    assert.match(await page.getByTestId('record-table').innerText(), /1 product/);
  });

  it('lets an admin change the settings, an error shown on the input the API names', async () => {
    await openCatalogue(page, 'Settings');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByLabel('Company name').fill('Stahlhandel Nord GmbH');
    await page.getByLabel('Offers', { exact: true }).fill('ANG');
    await page.getByLabel('Days overdue, reminder 2').fill('10');
    await page.getByRole('button', { name: 'Save settings' }).click();

    const overdue = page.getByLabel('Days overdue, reminder 2');
    await page.waitForFunction(() => document.querySelector('input[aria-label="Days overdue, reminder 2"]')?.getAttribute('aria-invalid') === 'true');
    assert.equal(await page.locator('input[aria-invalid=true]').count(), 1);
    await screenshot(page, '38-settings-error');
    assert.notEqual((await company.admin.get('/settings')).company.name, 'Stahlhandel Nord GmbH', 'nothing saved');

    await overdue.fill('30');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const saved = await company.admin.get('/settings');
    assert.equal(saved.company.name, 'Stahlhandel Nord GmbH');
    assert.equal(saved.numbering.offers, 'ANG');
    assert.equal(saved.version, 2);
    await screenshot(page, '39-settings');
    await signOut(page);
  });

  it('shows a manager terms and promotions to read, and no settings', async () => {
    await signIn(page, server.url, 'mia@e2e.test');
    await page.getByTestId('catalogue-menu').click();
    assert.equal(await page.getByRole('menuitem', { name: 'Settings' }).count(), 0);
    await page.getByRole('menuitem', { name: 'Payment terms' }).click();
    await page.getByRole('link', { name: '45 days net' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'New payment terms' }).count(), 0);
    await page.getByRole('link', { name: '45 days net' }).click();
    await page.getByRole('heading', { name: '45 days net', level: 1 }).waitFor();
    assert.equal(await page.getByRole('button', { name: /Edit|Archive/ }).count(), 0);

    await openCatalogue(page, 'Promotions');
    await page.getByRole('link', { name: 'Pipe week' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'New promotion' }).count(), 0);
    await screenshot(page, '40-promotions-read-only');
  });
});
