// The catalogue's flows with the keyboard alone (catalogue.spec's, never the pointer): an admin creates a
// product after a refusal on its SKU and finds another by searching; builds a price list of two lines
// (products chosen in the typeahead with the arrows, a quantity tier) and an order-total tier, edits a line, and
// meets a line's refusal on its cell; a manager reads the list; payment terms created after a refusal read
// from the code's field; a promotion limited to one product chosen by typing; a setting changed after a
// refusal on its input. Every element the focus passes on the way must show it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { arrowTo, chooseOption, confirmed, errorUnder, focusOn, signInByKeyboard, typeDate, typeOver } from './keyboard-support.mjs';
import { ADMIN, civilToday, launchBrowser, PASSWORD, personPage, screenshot, startServer } from './support.mjs';

/** Opens an item of the navigation's catalogue menu: back to the menu's button, Enter, the arrows, Enter. */
async function openCatalogue(page, item, heading = item) {
  await focusOn(page, page.getByTestId('catalogue-menu'), { key: 'Shift+Tab', limit: 200 });
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor();
  await arrowTo(page, item);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** Types into each labelled field in turn, reaching each with Tab, over what it held (a default, say). */
async function fillByTab(page, scope, entries) {
  for (const [label, typed] of entries) {
    await focusOn(page, scope.getByLabel(label));
    await typeOver(page, typed);
  }
}

describe('the price list editor with the keyboard alone', () => {
  let server;
  let browser;
  let company;
  let page;
  let coil;
  let sheet;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    const product = (sku, name, amount) =>
      company.admin.post('/products', { sku, name, kind: 'good', unit: 't', price: { amount, currency: 'EUR' }, tax_rate: '19.00' });
    coil = await product('HRC-2.0-1250', 'Hot-rolled coil 2.0 × 1250 mm', '1234.00');
    sheet = await product('CRS-1.0', 'Cold-rolled sheet 1.0 mm', '820.00');
    browser = await launchBrowser();
    page = await personPage(browser);
    await signInByKeyboard(page, server.url, ADMIN.email, ADMIN.password);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a product, the SKU refused on its field and corrected there, and finds it by searching', async () => {
    await openCatalogue(page, 'Products');
    await focusOn(page, page.getByRole('button', { name: 'New product' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await fillByTab(page, dialog, [
      ['SKU', 'PLT 10'],
      ['Name', 'Plate 10 mm'],
      ['Unit', 't'],
      ['List price', '1,234,567.85'],
    ]);
    await focusOn(page, dialog.getByRole('button', { name: 'Create' }));
    await page.keyboard.press('Enter');
    const sku = dialog.getByLabel('SKU');
    assert.match(await errorUnder(page, sku), /sku|letters|space/i);
    await focusOn(page, sku, { key: 'Shift+Tab' });
    await typeOver(page, 'PLT-10');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Plate 10 mm', level: 1 }).waitFor();
    assert.deepEqual((await company.admin.get('/products?sku=PLT-10')).items[0].price, { amount: '1234567.85', currency: 'EUR' });

    await openCatalogue(page, 'Products');
    await focusOn(page, page.getByRole('searchbox', { name: 'Search products' }));
    await page.keyboard.type('CRS');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=record-table] tbody tr').length === 1);
    await focusOn(page, page.getByRole('link', { name: 'Cold-rolled sheet 1.0 mm' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Cold-rolled sheet 1.0 mm', level: 1 }).waitFor();
  });

  it('builds a list of two lines and an order tier, its products chosen with the arrows', async () => {
    await openCatalogue(page, 'Price lists');
    await focusOn(page, page.getByRole('link', { name: 'New price list' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New price list', level: 1 }).waitFor();
    await focusOn(page, page.getByLabel('Name'), { limit: 120 });
    await page.keyboard.type('Wholesale 2027');
    await focusOn(page, page.getByLabel('Valid from'));
    await typeDate(page, '2027-01-01');
    await focusOn(page, page.getByLabel('Priority'));
    await typeOver(page, '10');

    // A new row stands before its button: Shift+Tab leads back into it.
    const addLine = page.getByRole('button', { name: 'Add a line' });
    await focusOn(page, addLine);
    await page.keyboard.press('Enter');
    await focusOn(page, page.getByRole('combobox', { name: 'Product of line 1', exact: true }), { key: 'Shift+Tab' });
    await chooseOption(page, 'HRC', 'HRC-2.0-1250 · Hot-rolled coil 2.0 × 1250 mm');
    await focusOn(page, page.getByLabel('Price, line 1'));
    await page.keyboard.type('1,150.50');
    await focusOn(page, addLine);
    await page.keyboard.press('Space');
    await focusOn(page, page.getByRole('combobox', { name: 'Product of line 2', exact: true }), { key: 'Shift+Tab' });
    await chooseOption(page, 'CRS', 'CRS-1.0 · Cold-rolled sheet 1.0 mm');
    await focusOn(page, page.getByLabel('From quantity, line 2'));
    await typeOver(page, '20');
    // A closed select changes its value with the arrows: a price → a discount.
    const rule = page.getByLabel('Price or discount, line 2');
    await focusOn(page, rule);
    await page.keyboard.press('ArrowDown');
    assert.equal(await rule.inputValue(), 'discount');
    await focusOn(page, page.getByLabel('Discount percent, line 2'));
    await page.keyboard.type('4');

    await focusOn(page, page.getByRole('button', { name: 'Add a tier' }));
    await page.keyboard.press('Enter');
    await focusOn(page, page.getByLabel('From a total of, tier 1'), { key: 'Shift+Tab' });
    await page.keyboard.type('10000');
    await focusOn(page, page.getByLabel('Discount percent, tier 1'));
    await page.keyboard.type('1.5');
    await screenshot(page, 'keyboard-10-price-list-new');
    await focusOn(page, page.getByRole('button', { name: 'Create' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Wholesale 2027', level: 1 }).waitFor();

    const listId = new URL(page.url()).pathname.split('/').pop();
    const created = await company.admin.get(`/price_lists/${listId}`);
    assert.equal(created.valid_from, '2027-01-01');
    assert.equal(created.priority, 10);
    assert.deepEqual(
      created.lines.map(({ product_id, min_quantity, price, discount_percent }) => ({ product_id, min_quantity, price, discount_percent })),
      [
        { product_id: coil.id, min_quantity: '1', price: { amount: '1150.50', currency: 'EUR' }, discount_percent: null },
        { product_id: sheet.id, min_quantity: '20', price: null, discount_percent: '4.00' },
      ],
    );
    assert.deepEqual(
      created.order_tiers.map(({ min_total, discount_percent }) => ({ min_total, discount_percent })),
      [{ min_total: { amount: '10000.00', currency: 'EUR' }, discount_percent: '1.50' }],
    );
  });

  it('edits a line of the saved list and saves it with Enter', async () => {
    const listId = new URL(page.url()).pathname.split('/').pop();
    const before = await company.admin.get(`/price_lists/${listId}`);
    await page.waitForFunction(() => document.querySelector('input[aria-label="Product of line 2"]')?.value.startsWith('CRS-1.0'));
    const discount = page.getByLabel('Discount percent, line 2');
    await focusOn(page, discount, { limit: 120 });
    await typeOver(page, '5');
    // Enter in a field sends its form, as a person typing expects.
    await page.keyboard.press('Enter');
    await confirmed(page, 'Price list saved.', page.getByRole('form', { name: /price list/i }));
    const edited = await company.admin.get(`/price_lists/${listId}`);
    assert.equal(edited.lines[1].discount_percent, '5.00');
    assert.equal(edited.version, before.version + 1);
  });

  it('shows the API’s refusal of a line on that line’s cell, and saves nothing', async () => {
    const listId = new URL(page.url()).pathname.split('/').pop();
    const before = await company.admin.get(`/price_lists/${listId}`);
    const discount = page.getByLabel('Discount percent, line 2');
    await focusOn(page, discount, { key: 'Shift+Tab', limit: 120 });
    await typeOver(page, '150');
    await page.keyboard.press('Enter');
    assert.match(await errorUnder(page, discount), /between 0\.00 and 100\.00/);
    await screenshot(page, 'keyboard-13-price-list-line-error');
    assert.deepEqual(await company.admin.get(`/price_lists/${listId}`), before);
  });

  it('lets a manager reach the list to read from the catalogue menu', async () => {
    const desk = await personPage(browser);
    await signInByKeyboard(desk, server.url, 'mia@e2e.test', PASSWORD);
    await openCatalogue(desk, 'Price lists');
    await focusOn(desk, desk.getByRole('link', { name: 'Wholesale 2027' }));
    await desk.keyboard.press('Enter');
    await desk.getByTestId('price-list-lines').getByText('CRS-1.0 · Cold-rolled sheet 1.0 mm').waitFor();
    assert.equal(await desk.locator('main input, main select').count(), 0, 'nothing to edit');
    await desk.context().close();
  });
});

describe('payment terms, a promotion and the settings with the keyboard alone', () => {
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
    await signInByKeyboard(page, server.url, ADMIN.email, ADMIN.password);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates payment terms, the refusal read from the code and corrected there', async () => {
    await openCatalogue(page, 'Payment terms');
    const create = page.getByRole('button', { name: 'New payment terms' });
    await focusOn(page, create);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await fillByTab(page, dialog, [
      ['Code', 'Net 45'],
      ['Name', '45 days net'],
      ['Days to pay', '45'],
      ['Price adjustment', '1.5'],
    ]);
    await focusOn(page, dialog.getByRole('button', { name: 'Create' }));
    await page.keyboard.press('Enter');
    const code = dialog.getByLabel('Code');
    assert.match(await errorUnder(page, code), /code/i);
    await screenshot(page, 'keyboard-11-payment-terms-refused');

    await focusOn(page, code, { key: 'Shift+Tab' });
    await typeOver(page, 'net45');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '45 days net', level: 1 }).waitFor();
    const { items } = await company.admin.get('/payment_terms?code=net45');
    assert.deepEqual([items[0].days, items[0].adjust_percent], [45, '1.50']);
  });

  it('creates a promotion limited to one product chosen by typing', async () => {
    await openCatalogue(page, 'Promotions');
    await focusOn(page, page.getByRole('button', { name: 'New promotion' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await focusOn(page, dialog.getByLabel('Name'));
    await page.keyboard.type('Pipe week');
    await focusOn(page, dialog.getByLabel('Starts on'));
    await typeDate(page, civilToday());
    await focusOn(page, dialog.getByLabel('Ends on'));
    await typeDate(page, civilToday(7));
    await fillByTab(page, dialog, [
      ['From quantity', '100'],
      ['Discount %', '3'],
    ]);
    await focusOn(page, dialog.getByRole('combobox', { name: 'Add a product' }));
    await chooseOption(page, 'PIPE', 'PIPE-48 · Welded pipe 48.3 × 3.2 mm');
    await dialog.getByText('PIPE-48 · Welded pipe 48.3 × 3.2 mm').waitFor();
    await screenshot(page, 'keyboard-12-promotion-new');
    await focusOn(page, dialog.getByRole('button', { name: 'Create' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Pipe week', level: 1 }).waitFor();

    const { items } = await company.admin.get('/promotions');
    assert.deepEqual(
      items.map((promotion) => [promotion.name, promotion.starts_on, promotion.ends_on, promotion.min_quantity, promotion.discount_percent, promotion.product_ids.length]),
      [['Pipe week', civilToday(), civilToday(7), '100', '3.00', 1]],
    );
  });

  it('changes the settings, a refusal read from the input it names and corrected there', async () => {
    await openCatalogue(page, 'Settings');
    await focusOn(page, page.getByLabel('Company name'), { limit: 120 });
    await typeOver(page, 'Stahlhandel Nord GmbH');
    await focusOn(page, page.getByLabel('Offers', { exact: true }));
    await typeOver(page, 'ANG');
    const overdue = page.getByLabel('Days overdue, reminder 2');
    await focusOn(page, overdue, { limit: 120 });
    await typeOver(page, '10');
    await focusOn(page, page.getByRole('button', { name: 'Save settings' }), { limit: 120 });
    await page.keyboard.press('Enter');
    assert.ok((await errorUnder(page, overdue)).length > 0, 'a sentence under the input');
    assert.notEqual((await company.admin.get('/settings')).company.name, 'Stahlhandel Nord GmbH', 'nothing saved');

    await focusOn(page, overdue, { key: 'Shift+Tab', limit: 120 });
    await typeOver(page, '30');
    await page.keyboard.press('Enter');
    await confirmed(page, 'Settings saved.', page.getByRole('form', { name: 'Settings' }));
    const saved = await company.admin.get('/settings');
    assert.deepEqual([saved.company.name, saved.numbering.offers], ['Stahlhandel Nord GmbH', 'ANG']);
  });
});
