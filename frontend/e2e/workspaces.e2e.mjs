// End-to-end test of the workspaces page: clicks through it in headless Chromium like a user.
//
//   LECTERN_URL=http://localhost:8080 node frontend/e2e/workspaces.e2e.mjs
//
// It expects a server with no workspaces yet (BrowserIT starts one with a fresh data directory).
// LECTERN_SCREENSHOT_DIR, when set, receives workspaces.png and blank-name-error.png (failure.png when a
// check fails).
// Uses the machine's Chromium through playwright-core; it never downloads a browser.
// Exits 0 after printing "e2e: N checks passed", or 1 with the failed check and why.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { signInIfAsked } from './support.mjs';

const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT_MS = 10_000;
const EMPTY_STATE = 'No workspaces yet — create one to start adding documents.';
const BLANK_NAME_ERROR = 'Enter a name for the workspace.';

const baseUrl = process.env.LECTERN_URL;
const screenshotDir = process.env.LECTERN_SCREENSHOT_DIR;
if (!baseUrl) {
  console.error('e2e: set LECTERN_URL to the server to test, e.g. LECTERN_URL=http://localhost:8080');
  process.exit(1);
}

class CheckFailed extends Error {}

let passed = 0;

/** Runs one named check; the first one that throws stops the run. */
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
  } catch (error) {
    throw new CheckFailed(`check "${name}" failed: ${error instanceof Error ? error.message : error}`);
  }
  passed += 1;
  console.log(`  ok ${passed} - ${name} (${Date.now() - started} ms)`);
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Waits until the locator is visible, with a message that says what was missing. */
async function visible(locator, what) {
  try {
    await locator.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  } catch {
    throw new Error(`${what} was not visible within ${TIMEOUT_MS} ms`);
  }
}

/** Waits until the locator's text is `expected`, reporting the last text seen otherwise. */
async function hasText(locator, expected, what) {
  const deadline = Date.now() + TIMEOUT_MS;
  let actual;
  while (Date.now() < deadline) {
    actual = (await locator.count()) > 0 ? (await locator.first().innerText()).trim() : undefined;
    if (actual === expected) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} should read "${expected}" but reads ${actual === undefined ? 'nothing' : `"${actual}"`}`);
}

/** Saves a full-page screenshot as <name>.png in LECTERN_SCREENSHOT_DIR, when that is set. */
async function screenshot(page, name) {
  if (!screenshotDir) {
    return;
  }
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`e2e: screenshot ${file}`);
}

/** The names shown in the workspace list, in order. */
async function listedNames(page) {
  const items = page.getByRole('list', { name: 'Workspaces' }).getByRole('listitem');
  return (await items.allInnerTexts()).map((text) => text.trim());
}

async function workspaceListed(page, name) {
  const item = page
    .getByRole('list', { name: 'Workspaces' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  try {
    await item.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  } catch {
    throw new Error(`"${name}" is not in the workspace list; it shows ${JSON.stringify(await listedNames(page))}`);
  }
}

const browser = await chromium
  .launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  .catch((error) => {
    console.error(`e2e: could not start Chromium at ${CHROMIUM} (apt-get install chromium): ${error.message}`);
    process.exit(1);
  });

const offsite = [];
const pageErrors = [];
const posts = [];
let page;
let failure;

try {
  // A non-persistent context: Playwright gives it a fresh, throw-away profile.
  const context = await browser.newContext({ viewport: { width: 1024, height: 720 }, colorScheme: 'light' });
  // Only localhost: anything else the page asks for is refused and reported.
  await context.route('**/*', (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    const local = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
    if (protocol === 'data:' || local) {
      return route.continue();
    }
    offsite.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (request.method() === 'POST') {
      posts.push(`${request.method()} ${new URL(request.url()).pathname} ${request.postData() ?? ''}`);
    }
  });

  const firstName = `Research ${Date.now()}`;
  const keyboardName = `Keyboard ${Date.now()}`;
  const nameField = page.getByLabel('Workspace name', { exact: true });
  const createButton = page.getByRole('button', { name: 'Create workspace', exact: true });

  await check('the page loads', async () => {
    const response = await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    assert(response?.ok(), `GET ${baseUrl} answered ${response?.status()}`);
    assert((await page.title()) === 'Lectern', `the title is "${await page.title()}", not "Lectern"`);
    await signInIfAsked(page);
    await visible(page.getByRole('heading', { name: 'Lectern', level: 1 }), 'the "Lectern" heading');
  });

  await check('the status badge says the server is up', async () => {
    await hasText(page.getByRole('banner').getByRole('status'), 'Server up', 'the status badge');
  });

  await check('an empty list shows the empty state', async () => {
    const emptyState = page.getByText(EMPTY_STATE, { exact: true });
    // Wait for the list to load either way, so that a non-empty server is reported as such.
    await visible(emptyState.or(page.getByRole('list', { name: 'Workspaces' })), 'the loaded workspace list');
    const names = await listedNames(page);
    assert(names.length === 0, `the server already has workspaces ${JSON.stringify(names)}; run against a fresh one`);
    await visible(emptyState, `the empty state "${EMPTY_STATE}"`);
  });

  await check('typing a name and clicking "Create workspace" adds it to the list', async () => {
    await nameField.click();
    await nameField.fill(firstName);
    await createButton.click();
    await workspaceListed(page, firstName);
    assert((await nameField.inputValue()) === '', `the field still holds "${await nameField.inputValue()}"`);
    assert((await page.getByText(EMPTY_STATE).count()) === 0, 'the empty state is still shown');
  });

  await check('a blank name shows an error next to the field and sends nothing', async () => {
    const postsBefore = posts.length;
    await nameField.fill('   ');
    await createButton.click();
    const error = page.getByText(BLANK_NAME_ERROR, { exact: true });
    await visible(error, `the error "${BLANK_NAME_ERROR}"`);
    assert((await nameField.getAttribute('aria-invalid')) === 'true', 'the field is not marked aria-invalid');
    const describedBy = await nameField.getAttribute('aria-describedby');
    assert(describedBy && describedBy === (await error.getAttribute('id')), 'the field is not described by the error');
    assert(posts.length === postsBefore, `a blank name was posted: ${posts.slice(postsBefore).join('; ')}`);
    assert((await listedNames(page)).length === 1, `the list changed: ${JSON.stringify(await listedNames(page))}`);
    await screenshot(page, 'blank-name-error');
  });

  await check('after a reload the workspace is still listed', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await signInIfAsked(page);
    await workspaceListed(page, firstName);
    assert((await page.getByText(BLANK_NAME_ERROR).count()) === 0, 'the old error survived the reload');
  });

  await check('the form works with the keyboard alone (Tab, type, Enter)', async () => {
    // From the top of the page, Tab until the name field has focus.
    const focused = () => nameField.evaluate((input) => input === document.activeElement);
    let presses = 0;
    // The skip link, the navigation and the library's own controls come first.
    while (!(await focused()) && presses < 30) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    assert(await focused(), `"Workspace name" did not get focus after ${presses} presses of Tab`);
    await page.keyboard.type(keyboardName);
    await page.keyboard.press('Enter');
    await workspaceListed(page, keyboardName);
    await workspaceListed(page, firstName);
    assert((await listedNames(page)).length === 2, `expected 2 workspaces, the list shows ${JSON.stringify(await listedNames(page))}`);
  });

  await check('no script errors and no requests off localhost', async () => {
    assert(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.join('; ')}`);
    assert(offsite.length === 0, `the page asked for: ${offsite.join(', ')}`);
  });

  await screenshot(page, 'workspaces');
} catch (error) {
  failure = error;
  if (page) {
    try {
      await screenshot(page, 'failure');
    } catch {
      // The page may be gone; the message below is what matters.
    }
  }
} finally {
  await browser.close();
}

if (failure) {
  console.error(`e2e: FAILED after ${passed} checks passed — ${failure instanceof CheckFailed ? failure.message : failure.stack}`);
  process.exit(1);
}
console.log(`e2e: ${passed} checks passed`);
process.exit(0);
