// An offer built in Hebrew (issue 20): a manager whose locale is `he` builds an offer of two lines for a Haifa
// importer in shekels. The page reads right to left while amounts and the offer's number stay left-to-right
// islands; the line's explanation speaks Hebrew; a manual discount beyond her limit is refused with the Hebrew
// sentence on that very cell; she saves and sends it. Screenshots: e2e/screenshots/he-NN-offer-*.png.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { errorUnder } from './keyboard-support.mjs';
import { launchBrowser, personPage, screenshot, signIn, startServer } from './support.mjs';

const CLIENT = 'יבוא חיפה בע״מ';

/** Chooses a product in a line's typeahead (named in Hebrew) by typing part of its SKU. */
async function pickProduct(page, line, typed, optionName) {
  const picker = page.getByRole('combobox', { name: `המוצר בשורה ${line}`, exact: true });
  await picker.click();
  await picker.fill(typed);
  await page.getByRole('option', { name: optionName }).click();
}

/** How an element is isolated and which way it reads, as the browser computes it. */
function bidiOf(element) {
  const style = getComputedStyle(element);
  return { tag: element.tagName.toLowerCase(), unicodeBidi: style.unicodeBidi, direction: style.direction, text: element.textContent };
}

describe('an offer in Hebrew', () => {
  let server;
  let browser;
  let company;
  let mia;
  let account;
  let page;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    const { admin } = company;
    const product = (sku, name, unit, amount) =>
      admin.post('/products', { sku, name, kind: 'good', unit, price: { amount, currency: 'ILS' }, tax_rate: '18.00' });
    const pipe = await product('PIPE-50', 'צינור פלדה 50 מ״מ', 'm', '100.00');
    await product('FLG-50', 'אוגן 50 מ״מ', 'pc', '45.00');
    const list = await admin.post('/price_lists', {
      name: 'סיטונאי',
      currency: 'ILS',
      lines: [{ product_id: pipe.id, discount_percent: '10' }],
      order_tiers: [],
    });
    mia = await company.as(company.mia);
    account = await mia.post('/accounts', { name: CLIENT, status: 'active', language: 'he', price_list_id: list.id });
    await mia.patch(`/users/${company.mia.id}`, { locale: 'he' });
    browser = await launchBrowser();
    page = await personPage(browser, 'he-IL');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('builds an offer of two lines right to left, amounts in left-to-right islands, explained in Hebrew', async () => {
    await signIn(page, server.url, 'mia@e2e.test');
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['he', 'rtl']);
    await page.getByRole('navigation').getByRole('link', { name: 'הצעות מחיר', exact: true }).click();
    await page.getByRole('heading', { name: 'הצעות מחיר', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'הצעת מחיר חדשה' }).click();
    await page.getByRole('heading', { name: 'הצעת מחיר חדשה', level: 1 }).waitFor();

    const client = page.getByRole('combobox', { name: /^לקוח/ });
    await client.click();
    await client.fill('יבוא');
    await page.getByRole('option', { name: CLIENT }).click();
    await pickProduct(page, 1, 'PIPE', 'PIPE-50 · צינור פלדה 50 מ״מ');
    await page.getByLabel('הכמות בשורה 1').fill('12');
    await page.getByRole('button', { name: 'הוספת שורה' }).click();
    await pickProduct(page, 2, 'FLG', 'FLG-50 · אוגן 50 מ״מ');
    await page.getByLabel('הכמות בשורה 2').fill('3');

    // Priced live in shekels: 12 m at 100.00 less the list's 10 % is 1,080.00; 3 pieces at 45.00 are 135.00.
    const lines = page.getByTestId('document-lines');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=line-net] bdi').length === 2);
    const net = await lines.locator('tr[data-line="1"] [data-testid=line-net] bdi').evaluate(bidiOf);
    assert.equal(net.unicodeBidi, 'isolate', 'the amount is an island of its own');
    assert.match(net.text, /^\u200f?1,080\.00[\s\u200f]+₪$/, 'digits grouped and ordered as in Israel, with the shekel sign');
    assert.match(await lines.locator('tr[data-line="2"] [data-testid=line-net]').innerText(), /135\.00/);
    await page.waitForFunction(() => document.querySelector('[data-testid=document-totals] [data-total=total]')?.textContent?.includes('1,433.70'));

    // Why line 1 costs what it costs, in Hebrew: the list value, the price list's 10 %, the net.
    await page.getByRole('button', { name: 'למה המחיר הזה: שורה 1' }).click();
    const explanation = page.getByTestId('explanation-1');
    await explanation.waitFor();
    const explained = await explanation.innerText();
    assert.match(explained, /מחיר מחירון × כמות/);
    assert.match(explained, /מחירון\s+סיטונאי\s+10%/);
    assert.match(explained, /נטו/);
    assert.doesNotMatch(explained, /List price|Price list|Net/, 'no English left in it');
    await screenshot(page, 'he-08-offer-editor');
  });

  it('refuses a manual discount beyond her limit with the Hebrew sentence on that cell', async () => {
    const discount = page.getByLabel('הנחה ידנית בשורה 2, באחוזים');
    await discount.fill('30');
    assert.match(await errorUnder(page, discount), /^מעל מגבלת ההנחה הידנית שלך \(\u200e?5%\u200e?\)\.$/);
    assert.equal(await page.locator('input[aria-invalid=true]').count(), 1, 'only the cell the API named');
    await screenshot(page, 'he-09-offer-discount-over-limit');
    await discount.fill('');
    await page.waitForFunction(() => document.querySelectorAll('input[aria-invalid=true]').length === 0);
  });

  it('saves and sends the offer, its number a left-to-right island in the heading', async () => {
    await page.getByRole('button', { name: 'יצירה' }).click();
    await page.getByTestId('offer-status').getByText('טיוטה').waitFor();
    const number = await page.getByRole('heading', { level: 1 }).locator('bdi').evaluate((element) => [element.dir, element.textContent]);
    assert.equal(number[0], 'ltr');
    assert.match(number[1], /^OF-\d{4}-\d{5}$/);
    await page.getByRole('button', { name: 'שליחה' }).click();
    await page.getByTestId('offer-status').getByText('נשלחה').waitFor();
    await screenshot(page, 'he-10-offer-sent');

    const { items } = await mia.get(`/offers?account_id=${account.id}`);
    assert.deepEqual(
      items.map((offer) => [offer.number, offer.status, offer.currency, offer.total.amount]),
      [[number[1], 'sent', 'ILS', '1433.70']],
    );
  });
});
