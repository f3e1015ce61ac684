// What the keyboard-alone flows share: moving the focus with Tab (or another key) while checking that every
// element it passes shows it, choosing in a menu or a typeahead with the arrows, replacing what a focused
// field holds, and waiting on the live region's confirmation with a failure that says what the page said.

import assert from 'node:assert/strict';

/** What the focused element is, and whether it shows that it has the focus. Runs in the page. */
function focusState(wanted) {
  const element = document.activeElement;
  // A hidden radio button (a segmented control's) shows its focus on its label.
  const shown = [element, ...(element.labels ?? [])].map((node) => getComputedStyle(node));
  const outlined = shown.some((style) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
  const ringed = shown.some((style) => style.boxShadow !== 'none');
  // Mantine's inputs show focus by their border, in the primary colour, instead of an outline: the
  // input's own, or its wrapper's when the input sits inside one (the password and its toggle).
  const probe = document.createElement('span');
  probe.style.color = 'var(--mantine-primary-color-filled)';
  document.body.append(probe);
  const primary = getComputedStyle(probe).color;
  probe.remove();
  let bordered = false;
  if (/^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
    for (let node = element, depth = 0; node && depth < 3; node = node.parentElement, depth += 1) {
      bordered ||= getComputedStyle(node).borderTopColor === primary;
    }
  }
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  return { reached: element === wanted, visible: outlined || ringed || bordered, what: `<${element.tagName.toLowerCase()}> ${name}` };
}

/**
 * Presses `key` until `target` has the focus (none when it has it already), checking on the way that every
 * focused element shows it. Fails after `limit` presses, naming where the focus went.
 */
export async function focusOn(page, target, { key = 'Tab', limit = 60 } = {}) {
  await target.waitFor({ state: 'attached' });
  const wanted = await target.elementHandle();
  if (await hasFocus(target)) return;
  const path = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key);
    // A focus style may fade in (an input's border colour): its final state is what counts.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    const state = await page.evaluate(focusState, wanted);
    path.push(state.what);
    // The body has the focus when the focused element went away under it (a confirmation that timed out, a list
    // that reloaded): nothing is focused to show, and the next press goes on from there.
    if (state.what.startsWith('<body>')) continue;
    assert.ok(state.visible, `the focus is not visible on ${state.what}`);
    if (state.reached) return;
  }
  assert.fail(`${limit} presses of ${key} did not reach the target; the focus went to:\n${path.join('\n')}`);
}

/**
 * Waits until `target` has the focus by itself — a dialog's first field as the dialog opens (data-autofocus) —
 * since a key pressed before that would go wherever the focus still is.
 */
export async function focusLandsOn(page, target) {
  await page.waitForFunction((element) => element === document.activeElement, await target.elementHandle());
}

/** Whether `target` has the focus now. */
export async function hasFocus(target) {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses an arrow key until the focused menu item is named `name`. */
export async function arrowTo(page, name, key = 'ArrowDown') {
  for (let presses = 0; presses < 12; presses++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
    await page.keyboard.press(key);
  }
  assert.fail(`no menu item ${name}`);
}

/**
 * In the typeahead that has the focus: types `typed`, waits for the option `name` among those the server
 * answered, moves to it with ArrowDown (a typeahead's options are not focused: the active one is marked
 * aria-selected or data-combobox-selected) and picks it with Enter.
 */
export async function chooseOption(page, typed, name) {
  await page.keyboard.type(typed);
  const option = page.getByRole('option', { name });
  await option.waitFor();
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('ArrowDown');
    if ((await option.getAttribute('data-combobox-selected')) !== null) {
      await page.keyboard.press('Enter');
      await option.waitFor({ state: 'detached' });
      return;
    }
  }
  assert.fail(`ArrowDown did not reach the option ${name}`);
}

/** Replaces what the focused field holds by `text`, as a person would: select all, then type over it. */
export async function typeOver(page, text) {
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/**
 * Types a date (YYYY-MM-DD) into the focused date input, segment by segment in the month-day-year order of
 * headless Chromium's own locale (en-US, whatever the page's language), and checks that it took.
 */
export async function typeDate(page, civil) {
  const [year, month, day] = civil.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  const value = await page.evaluate(() => document.activeElement?.value);
  assert.equal(value, civil, 'the date input took the date typed');
}

/**
 * Waits for the confirmation `text` in the live region; when it does not come, fails with what the page says
 * instead (an error in the region, the form's field errors), which a timeout alone would not tell.
 */
export async function confirmed(page, text, form) {
  try {
    await page.getByRole('status').getByText(text).waitFor();
  } catch (error) {
    const said = await page.getByRole('status').innerText().catch(() => '');
    const reads = await form.innerText().catch(() => '(no form)');
    assert.fail(`no “${text}”: the live region says “${said}”, the form reads:\n${reads}\n${error.message}`);
  }
}

/** The text of the error shown under an input, found through its aria-describedby, once it is marked invalid. */
export async function errorUnder(page, input) {
  await page.waitForFunction((element) => element.getAttribute('aria-invalid') === 'true', await input.elementHandle());
  const describedBy = await input.getAttribute('aria-describedby');
  const id = describedBy?.split(' ').find((candidate) => candidate.includes('error'));
  return page.locator(`[id="${id}"]`).innerText();
}

/**
 * Signs in with the keyboard: the e-mail field has the focus as the page opens, Tab leads to the password
 * (found by its type, so in every language), Enter sends; then waits for the shell, or for the refusal when
 * `refused`.
 */
export async function signInByKeyboard(page, baseUrl, email, password, { refused = false } = {}) {
  await page.goto(`${baseUrl}/`);
  const field = page.locator('input[type=email]');
  await field.waitFor();
  assert.equal(await hasFocus(field), true, 'the e-mail field has the focus');
  await page.keyboard.type(email);
  await focusOn(page, page.locator('input[type=password]'));
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await (refused ? page.getByRole('alert') : page.getByTestId('user-name')).waitFor();
}

/** Follows a link of the main navigation: Shift+Tab back to it (it stands before the page), Enter. */
export async function navigateTo(page, name) {
  await focusOn(page, page.getByRole('navigation').getByRole('link', { name, exact: true }), { key: 'Shift+Tab', limit: 150 });
  await page.keyboard.press('Enter');
}
