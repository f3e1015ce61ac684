// The UI in its users' languages: Hindi chosen in the user's record (Devanagari navigation, Indian
// grouping of amounts, an offer for a Mumbai client built and priced in rupees), Hebrew from the browser before sign-in (right to left, a validation sentence in
// Hebrew), and switching in the profile menu at once, without reloading the page or its data.
// Screenshots of the main screens in each language: e2e/screenshots/<lang>-NN-<screen>.png.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { launchBrowser, personPage, screenshot, signIn, startServer, todayAt } from './support.mjs';

async function htmlAttributes(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** Visits the main screens through the navigation and photographs each, waiting on what each shows. */
async function photographScreens(page, language, names, accountId) {
  const visit = async (label, shot, ready) => {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await ready();
    await screenshot(page, `${language}-${shot}`);
  };
  await visit(names.myDay, '01-my-day', () => page.getByRole('heading', { level: 1, name: names.myDay }).waitFor());
  await visit(names.accounts, '02-accounts', () => page.getByTestId('record-table').locator('tbody tr').first().waitFor());
  await page.goto(page.url().replace(/\/accounts.*$/, `/accounts/${accountId}`));
  await page.getByTestId('timeline').locator('li').first().waitFor();
  await screenshot(page, `${language}-03-account`);
  await visit(names.pipeline, '04-pipeline', () => page.locator('.kanban article').first().waitFor());
  await visit(names.absences, '05-absences', () => page.getByRole('heading', { level: 1, name: names.absences }).waitFor());
  await visit(names.dashboard, '06-dashboard', () => page.getByTestId('pipeline-report').waitFor());
}

const HINDI = { myDay: 'मेरा दिन', accounts: 'खाते', pipeline: 'पाइपलाइन', absences: 'अनुपस्थिति', dashboard: 'डैशबोर्ड' };
const HEBREW = { myDay: 'היום שלי', accounts: 'לקוחות', pipeline: 'צנרת מכירות', absences: 'היעדרויות', dashboard: 'לוח בקרה' };
const MARATHI = { myDay: 'माझा दिवस', accounts: 'खाती', pipeline: 'पाइपलाइन', absences: 'गैरहजेरी', dashboard: 'डॅशबोर्ड' };
const FILIPINO = { myDay: 'Aking araw', accounts: 'Mga account', pipeline: 'Pipeline', absences: 'Mga pagliban', dashboard: 'Dashboard' };

describe('Rapport in its users’ languages', () => {
  let server;
  let browser;
  let company;
  let account;

  before(async () => {
    server = await startServer();
    company = await seedCompany(server.url);
    const mia = await company.as(company.mia);
    account = await mia.post('/accounts', { name: 'मुंबई स्टील ट्रेडर्स', email: 'sales@mumbai-steel.example', phone: '+91 22 1234 5678' });
    await mia.post('/deals', { account_id: account.id, title: 'TMT सरिया', stage: 'new', amount: { amount: '1234567.00', currency: 'INR' } });
    await mia.post('/activities', { account_id: account.id, kind: 'call', subject: 'कोटेशन पर बात', done_at: todayAt(8) });
    // Rebar sold in rupees: with no price list in INR, an offer for it is priced at the product's own price.
    await company.admin.post('/products', {
      sku: 'TMT-12',
      name: 'टीएमटी सरिया 12 मिमी',
      kind: 'good',
      unit: 't',
      price: { amount: '52000.00', currency: 'INR' },
      tax_rate: '18.00',
    });
    await mia.patch(`/users/${company.mia.id}`, { locale: 'hi' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a user who chose Hindi the UI in Devanagari and amounts in lakhs', async () => {
    const page = await personPage(browser, 'en-GB');
    await signIn(page, server.url, 'mia@e2e.test');

    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'खाते', exact: true }).waitFor();
    assert.deepEqual(await htmlAttributes(page), { lang: 'hi', dir: 'ltr' });
    assert.equal(await page.getByTestId('user-role').innerText(), 'अकाउंट मैनेजर');

    await page.goto(`${server.url}/accounts/${account.id}`);
    const deals = page.getByRole('region', { name: 'सौदे' });
    await deals.getByRole('cell', { name: '₹12,34,567.00' }).waitFor();
    await nav.getByRole('link', { name: 'पाइपलाइन', exact: true }).click();
    await page.getByTestId('column-new').getByText('1 सौदा', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('total-new').innerText(), '₹12,34,567.00');

    // An offer for the Mumbai client built in Hindi: the client found by typing Devanagari, the line priced live
    // in rupees grouped in lakhs, saved as a draft.
    await nav.getByRole('link', { name: 'ऑफ़र', exact: true }).click();
    await page.getByRole('link', { name: 'नया ऑफ़र' }).click();
    await page.getByRole('heading', { name: 'नया ऑफ़र', level: 1 }).waitFor();
    const client = page.getByRole('combobox', { name: /^ग्राहक/ });
    await client.click();
    await client.fill('मुंबई');
    await page.getByRole('option', { name: 'मुंबई स्टील ट्रेडर्स' }).click();
    const product = page.getByRole('combobox', { name: 'पंक्ति 1 का उत्पाद', exact: true });
    await product.click();
    await product.fill('TMT');
    await page.getByRole('option', { name: 'TMT-12 · टीएमटी सरिया 12 मिमी' }).click();
    await page.getByLabel('पंक्ति 1 की मात्रा').fill('25');
    // 25 t at ₹52,000.00 is ₹13,00,000.00 net; 18 % tax makes ₹15,34,000.00.
    await page.waitForFunction(() => document.querySelector('[data-testid=line-net] bdi')?.textContent === '₹13,00,000.00');
    await page.waitForFunction(() => document.querySelector('[data-testid=document-totals] [data-total=total]')?.textContent?.includes('₹15,34,000.00'));
    await screenshot(page, 'hi-08-offer-editor');
    await page.getByRole('button', { name: 'बनाएँ' }).click();
    await page.getByTestId('offer-status').getByText('मसौदा').waitFor();
    const offers = await (await company.as(company.mia)).get(`/offers?account_id=${account.id}`);
    assert.deepEqual(
      offers.items.map((offer) => [offer.currency, offer.total.amount, offer.lines[0].description]),
      [['INR', '1534000.00', 'टीएमटी सरिया 12 मिमी']],
    );

    await photographScreens(page, 'hi', HINDI, account.id);
    await page.context().close();
  });

  it('speaks Hebrew right to left from the browser’s language, its validation sentences too', async () => {
    const page = await personPage(browser, 'he-IL');
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'כניסה ל-Rapport' }).waitFor();
    assert.deepEqual(await htmlAttributes(page), { lang: 'he', dir: 'rtl' });
    await screenshot(page, 'he-00-sign-in');

    await signIn(page, server.url, 'hana@e2e.test');
    await page.getByRole('navigation').getByRole('link', { name: 'לקוחות', exact: true }).click();
    await page.getByRole('button', { name: 'לקוח חדש' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('שם').fill('יבוא חיפה בע״מ');
    await dialog.getByLabel('דוא״ל').fill('not-an-address');
    await dialog.getByRole('button', { name: 'יצירה' }).click();
    await dialog.getByText('יש להזין כתובת דוא״ל כמו name@example.com.').waitFor();
    const emailDirection = await dialog.getByLabel('דוא״ל').evaluate((input) => getComputedStyle(input).direction);
    assert.equal(emailDirection, 'ltr', 'an e-mail reads left to right');
    await screenshot(page, 'he-07-validation');
    await page.keyboard.press('Escape');

    // The board reads from the right: its first stage stands right of its second.
    await page.getByRole('navigation').getByRole('link', { name: 'צנרת מכירות', exact: true }).click();
    const first = await page.getByTestId('column-new').boundingBox();
    const second = await page.getByTestId('column-qualified').boundingBox();
    assert.ok(first && second && first.x > second.x, 'the first column is on the right');

    await photographScreens(page, 'he', HEBREW, account.id);
    await page.context().close();
  });

  it('switches the whole UI from the profile menu at once, without a reload, and keeps the choice', async () => {
    const page = await personPage(browser, 'en-GB');
    await signIn(page, server.url, 'hana@e2e.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Accounts', exact: true }).click();
    await page.getByTestId('record-table').locator('tbody tr').first().waitFor();
    await page.evaluate(() => {
      window.stillThisPage = true;
    });
    let reads = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/accounts')) reads += 1;
    });

    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'Filipino' }).click();

    await page.getByRole('heading', { level: 1, name: 'Mga account' }).waitFor();
    assert.equal(await page.evaluate(() => window.stillThisPage), true, 'the page did not reload');
    assert.equal(reads, 0, 'the list was not read again');
    assert.deepEqual(await htmlAttributes(page), { lang: 'fil', dir: 'ltr' });
    const me = await (await company.as(company.head)).get('/auth/me');
    assert.equal(me.locale, 'fil');
    await photographScreens(page, 'fil', FILIPINO, account.id);

    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'मराठी' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'खाती', exact: true }).waitFor();
    await photographScreens(page, 'mr', MARATHI, account.id);
    await page.context().close();
  });
});
