// The head's dashboard: charts with the numbers on hover and the same numbers as a table.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCompany } from './fixtures.mjs';
import { launchBrowser, personPage, screenshot, signIn, startServer } from './support.mjs';

describe('the dashboard', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await startServer();
    const company = await seedCompany(server.url);
    for (const person of [company.mia, company.max]) {
      const api = await company.as(person);
      const account = await api.post('/accounts', { name: `Client of ${person.name}` });
      await api.post('/deals', { account_id: account.id, title: 'Big deal', stage: 'proposal', amount: { amount: '1000.10', currency: 'EUR' } });
      await api.post('/deals', { account_id: account.id, title: 'Small deal', stage: 'new', amount: { amount: '0.20', currency: 'EUR' } });
      await api.post('/activities', { account_id: account.id, kind: 'call', subject: 'Intro', done_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
    }
    browser = await launchBrowser();
    page = await personPage(browser);
    await signIn(page, server.url, 'hana@e2e.test');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the pipeline, funnel and activity charts', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    for (const name of ['Pipeline by stage', 'Funnel', 'Activities per manager per week']) {
      await page.getByRole('img', { name }).waitFor();
    }
    await screenshot(page, '12-dashboard');
  });

  it('shows the numbers as a table', async () => {
    const pipeline = page.getByTestId('pipeline-report');
    await pipeline.getByText('Table').click();
    const proposal = pipeline.getByRole('row', { name: /Proposal/ });
    assert.match(await proposal.innerText(), /2\s+€2,000\.20/);

    const activity = page.getByTestId('activity-report');
    await activity.getByText('Table').click();
    await activity.getByRole('row', { name: /Mia Manager/ }).first().waitFor();
    await activity.getByRole('row', { name: /Max Manager/ }).first().waitFor();
    await screenshot(page, '13-dashboard-tables');
  });
});
