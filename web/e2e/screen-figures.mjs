// Lighthouse's figures for some screens of a loaded database, for bench/web-screens: a server on
// `--db`, signed in as `--email`, the median of `--runs` runs per screen, printed as a Markdown table.
//
//   RAPPORT_BINARY=build/release/src/rapport node e2e/screen-figures.mjs --db FILE --email E --password P \
//       [--screen Pipeline ...] [--runs 3] [--label S]

import { parseArgs } from 'node:util';
import { measureUrls, signInChromium, startChromium } from './lighthouse.mjs';
import { overBudget, SCREENS, table } from './perf-budget.mjs';
import { apiAs, startServer } from './support.mjs';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    screen: { type: 'string', multiple: true },
    runs: { type: 'string', default: '3' },
    label: { type: 'string', default: '' },
  },
});
const chosen = SCREENS.filter((screen) => !values.screen || values.screen.some((name) => screen.name.toLowerCase() === name.toLowerCase()));
const server = await startServer(values.db);
const chromium = await startChromium();
try {
  const user = await apiAs(server.url, values.email, values.password);
  await signInChromium(chromium.port, server.url, values.email, values.password);
  const urls = await Promise.all(chosen.map(async (screen) => `${server.url}${await screen.path(user)}`));
  const medians = await measureUrls(chromium.port, urls, Number(values.runs));
  const prefix = values.label === '' ? '' : `${values.label}: `;
  console.log(table(chosen.map((screen, index) => ({ name: `${prefix}${screen.name}`, figures: medians[index], broken: overBudget(medians[index]) }))));
} finally {
  await chromium.close();
  await server.stop();
}
