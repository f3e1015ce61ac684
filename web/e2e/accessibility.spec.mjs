// Every main screen in every language under axe-core's WCAG 2.1 A and AA rules, aiming at none broken.
// One sign-in per language; the walk follows the app's own navigation, so a screen added to it is
// checked (and photographed) without a change here. Dialogs and menus are opened as a user would open
// them, since what a portal renders is not on the page until then. The test fails with one line per
// offending element: the screen, the rule, the element, and what is wrong with it.
// Screenshots: e2e/screenshots/<lang>-screen-NN-<screen>.png.

import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { addUser, ADMIN, civilToday, launchBrowser, personPage, screenshot, signIn, startServer, todayAt } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The browser's language for each of the UI's: the user has chosen none, so the UI follows the browser.
const BROWSER_LOCALES = { en: 'en-GB', hi: 'hi-IN', mr: 'mr-IN', he: 'he-IL', fil: 'fil-PH' };

/** The UI's own messages, so that buttons are found by their names in any language. */
const messagesOf = (language) => JSON.parse(readFileSync(new URL(`../src/locales/${language}.json`, import.meta.url), 'utf8'));

/** Counts the page's requests in flight: a screen has settled when none has been for a moment. */
function trackRequests(page) {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  return async function settled() {
    for (let quietFor = 0; quietFor < 3; ) {
      await page.waitForTimeout(100);
      quietFor = inFlight === 0 ? quietFor + 1 : 0;
    }
    // Nothing loading, and no transition running (a dialog fading in has not reached its colours yet).
    await page.waitForFunction(
      () =>
        !document.querySelector('[aria-busy="true"], .mantine-Loader-root, [data-placeholder]') &&
        document.getAnimations().every((animation) => animation.playState !== 'running'),
    );
  };
}

/** axe's findings on the page as it is now, one readable line per offending element. */
async function violations(page, screen) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${screen}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}\n` +
        `    ${violation.help}\n    ${node.failureSummary.replaceAll('\n', '\n    ')}`,
    ),
  );
}

/**
 * Where the navigation leads: its links, and the items of its menus (a group of screens under one button).
 * Each comes with how to go there as a user would.
 */
async function destinations(page, nav) {
  const hrefsOf = (locator) => locator.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const found = (await hrefsOf(nav.getByRole('link'))).map((href) => ({
    href,
    go: () => nav.locator(`a[href="${href}"]`).click(),
  }));
  const menus = nav.locator('button[aria-haspopup="menu"]');
  for (let index = 0; index < (await menus.count()); index++) {
    const open = async () => {
      await menus.nth(index).click();
      await page.getByRole('menu').waitFor();
    };
    await open();
    for (const href of await hrefsOf(page.getByRole('menu').getByRole('menuitem'))) {
      const go = async () => {
        await open();
        await page.getByRole('menu').locator(`[href="${href}"]`).click();
      };
      found.push({ href, go });
    }
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
  }
  assert.ok(found.length >= 5, `the navigation offers the main screens: ${found.map((item) => item.href).join(' ')}`);
  return found;
}

/** A file name for the screen a navigation link leads to: "/" is the user's day. */
const slugOf = (href) => (href === '/' ? 'my-day' : href.replace(/^\//, '').replaceAll('/', '-'));

/**
 * What to open on some screens, beyond the screen itself: each returns after closing what it opened.
 * `check(name)` runs axe and photographs the page.
 */
const EXTRAS = {
  '/': async ({ page, main, m, check }) => {
    await main.getByRole('button', { name: m['activity.logOutcome'] }).first().click();
    await page.getByRole('dialog').waitFor();
    await check('my-day-outcome');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  },
  '/accounts': async ({ page, main, m, check }) => {
    await main.getByRole('button', { name: m['account.newAccount'] }).click();
    await page.getByRole('dialog').waitFor();
    await check('accounts-new');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // An account of a colleague whom the user stands in for: its deals, contacts and timeline.
    await main.getByRole('link', { name: 'Hafenkran AG' }).click();
    await main.getByTestId('timeline').locator('li').first().waitFor();
    await check('account');
    await main.getByRole('button', { name: m['deal.add'] }).click();
    await main.getByRole('form', { name: m['deal.add'] }).waitFor();
    await check('account-new-deal');
    await main.getByRole('form', { name: m['deal.add'] }).getByRole('button', { name: m['common.cancel'] }).click();
  },
  '/offers': async ({ main, m, check }) => {
    // The draft: its editor prices the lines live; then one line's explanation.
    await main.getByTestId('record-table').locator('tr', { hasText: m['offer.statuses.draft'] }).getByRole('link').first().click();
    await main.getByTestId('line-net').locator('bdi').first().waitFor();
    await check('offer-editor');
    await main.getByRole('button', { name: m['offer.explain'] }).first().click();
    await main.getByTestId('explanation-1').waitFor();
    await check('offer-explanation');
  },
  '/orders': async ({ main, check }) => {
    await main.getByTestId('record-table').getByRole('link').first().click();
    await main.getByTestId('hand-off').locator('li').first().waitFor();
    await check('order');
  },
  '/pipeline': async ({ page, main, check }) => {
    const card = main.getByTestId('column-negotiation').locator('article').first();
    await card.locator('.kanban-card-move').click();
    await page.getByRole('menu').waitFor();
    await check('pipeline-move');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    // A deal being lost asks why: drop one on the lost column, then cancel.
    await card.dragTo(main.getByTestId('column-lost'));
    await page.getByRole('dialog').waitFor();
    await check('pipeline-lost');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  },
};

/** Visits and checks each screen of the navigation not in `visited`, with its extras; returns them all. */
async function walk(page, m, check, visited) {
  const nav = page.getByRole('navigation', { name: m['nav.label'] });
  const main = page.getByRole('main');
  for (const { href, go } of await destinations(page, nav)) {
    if (visited.has(href)) continue;
    visited.add(href);
    await go();
    await main.getByRole('heading', { level: 1 }).first().waitFor();
    await check(slugOf(href));
    await EXTRAS[href]?.({ page, main, m, check });
  }
  return visited;
}

/** Warehouse and shipping staff: they have a screen of their own. */
const OPERATIONS_EMAIL = 'olga@e2e.test';

/** A head of sales standing in for an absent colleague: what the screens show is at its fullest. */
async function seed(company) {
  const { admin, head, mia } = company;
  const asMia = await company.as(mia);
  const asHead = await company.as(head);
  const hafen = await asMia.post('/accounts', {
    name: 'Hafenkran AG',
    status: 'active',
    industry: 'Logistics',
    tags: ['vip', 'north'],
    email: 'info@hafenkran.example',
  });
  await asMia.post('/contacts', { account_id: hafen.id, first_name: 'Jana', last_name: 'Ost', email: 'jana@hafenkran.example' });
  const deal = (title, stage, amount, currency = 'EUR') =>
    asMia.post('/deals', { account_id: hafen.id, title, stage, amount: { amount, currency }, expected_close: civilToday(-3) });
  await deal('Fleet renewal', 'proposal', '1250.00');
  await deal('Spare parts', 'negotiation', '310.10');
  await deal('Crane service', 'new', '99.95');
  await deal('Mumbai depot', 'qualified', '1234567.00', 'INR');
  await asMia.post('/activities', { account_id: hafen.id, kind: 'call', subject: 'Renewal call', done_at: todayAt(8) });
  await asMia.post('/activities', { account_id: hafen.id, kind: 'meeting', subject: 'Site visit', due_at: todayAt(23) });

  const own = await asHead.post('/accounts', { name: 'Seeblick Hotels KG', status: 'prospect' });
  await asHead.post('/deals', {
    account_id: own.id,
    title: 'Hotel cranes',
    stage: 'negotiation',
    amount: { amount: '4200.00', currency: 'EUR' },
    expected_close: civilToday(-1),
  });
  await asHead.post('/activities', { account_id: own.id, kind: 'call', subject: 'Call the manager', due_at: todayAt(23) });
  await asHead.post('/activities', { account_id: own.id, kind: 'email', subject: 'Send the brochure', due_at: `${civilToday(-2)}T09:00:00Z` });
  await admin.post('/absences', { user_id: mia.id, deputy_id: head.id, starts_on: civilToday(), ends_on: civilToday(2), reason: 'illness' });

  // Commerce: a draft offer to edit, and an accepted one whose order is on its way, for the operations user too.
  const rope = await admin.post('/products', {
    sku: 'ROPE-20',
    name: 'Crane rope 20 mm',
    kind: 'good',
    unit: 'm',
    price: { amount: '12.50', currency: 'EUR' },
    tax_rate: '19.00',
  });
  const lines = [{ product_id: rope.id, quantity: '40', manual_discount_percent: '2' }];
  await asHead.post('/offers', { account_id: own.id, lines });
  const offer = await asHead.post('/offers', { account_id: own.id, lines, notes: 'Delivery within ten days' });
  await asHead.post(`/offers/${offer.id}/send`, {});
  const accepted = await asHead.post(`/offers/${offer.id}/accept`, {});
  await asHead.post(`/orders/${accepted.order_id}/confirm`, {});
  await asHead.post(`/orders/${accepted.order_id}/events`, { kind: 'reserved', department: 'warehouse', lines: [{ line_no: 1, quantity: '25' }], note: 'Bay 4' });
  await addUser(admin, { email: OPERATIONS_EMAIL, name: 'Olga Operations', role: 'operations' });
}

// The languages run side by side, each in its own browser context: they only read.
describe('accessibility: every screen in every language under WCAG 2.1 A and AA', { concurrency: true }, () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    await seed(await seedCompany(server.url));
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [language, browserLocale] of Object.entries(BROWSER_LOCALES)) {
    it(`finds nothing to fix in ${language}`, async () => {
      const m = messagesOf(language);
      const page = await personPage(browser, browserLocale);
      const settled = trackRequests(page);
      const found = [];
      let shot = 0;
      const check = async (name) => {
        await settled();
        found.push(...(await violations(page, `${language} ${name}`)));
        await screenshot(page, `${language}-screen-${String(shot++).padStart(2, '0')}-${name}`);
      };

      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: m['session.signInTitle'] }).waitFor();
      await check('sign-in');
      await signIn(page, server.url, 'hana@e2e.test');
      const visited = await walk(page, m, check, new Set());
      await page.getByTestId('language-menu').click();
      await page.getByRole('menu').waitFor();
      await check('language-menu');
      await page.keyboard.press('Escape');

      // Then the screens only an administrator is offered, if any.
      await page.getByRole('button', { name: m['session.signOut'] }).click();
      await signIn(page, server.url, ADMIN.email, ADMIN.password);
      await walk(page, m, check, visited);

      // The operations user's own screen, and the event form it opens.
      await page.getByRole('button', { name: m['session.signOut'] }).click();
      await signIn(page, server.url, OPERATIONS_EMAIL);
      const main = page.getByRole('main');
      await main.getByRole('heading', { level: 1, name: m['operations.title'] }).waitFor();
      await check('operations');
      await main.getByTestId('to-ship').getByRole('button').filter({ hasText: m['order.kinds.shipped'] }).first().click();
      await page.getByRole('dialog').waitFor();
      await check('operations-post');
      await page.keyboard.press('Escape');
      await page.context().close();

      assert.equal(found.length, 0, `axe (${TAGS.join(', ')}) found ${found.length} problems:\n${found.join('\n')}`);
    });
  }
});
