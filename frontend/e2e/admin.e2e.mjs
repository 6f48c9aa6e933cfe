// End-to-end journeys of an administrator, clicked through in headless Chromium: create a user, issue an API
// key whose secret is shown once (and works as a Bearer token until it is revoked), read and export the audit
// log, see the API usage drawn as charts, manage the members of a workspace, sign out and in again, and see
// that an editor gets only their own keys under Admin. axe-core checks each page; screenshots of the admin
// users page, the secret dialog, the audit log, the usage charts, the members panel and the sign-in page go to
// LECTERN_SCREENSHOT_DIR.
//
//   LECTERN_URL=http://localhost:8080 LECTERN_E2E_USER=admin LECTERN_E2E_PASSWORD=... node frontend/e2e/admin.e2e.mjs
//
// Exits 0 after printing "e2e: N checks passed", or 1 with the failed check and why.

import { readFileSync } from 'node:fs';
import {
  accessible,
  assert,
  checker,
  assertCleanPage,
  finish,
  openBrowser,
  screenshot,
  signInIfAsked,
  visible,
} from './support.mjs';

const baseUrl = process.env.LECTERN_URL;
if (!baseUrl) {
  console.error('e2e: set LECTERN_URL to the server to test, e.g. LECTERN_URL=http://localhost:8080');
  process.exit(1);
}
const stamp = Date.now().toString(36);
const newUser = `e2e-${stamp}`;
const keyName = `CI ${stamp}`;
const NEW_PASSWORD = 'a long enough e2e password';

const { browser, context, offsite } = await openBrowser({ width: 1280, height: 800 });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
const checks = checker();
const { check } = checks;
const pageErrors = [];
let page;
let failure;

async function navigate(label, heading) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await visible(page.getByRole('heading', { name: heading, exact: true }), `the "${heading}" heading`);
}

/** Calls the API with an API key and no session, as an integration would. */
async function withKey(secret) {
  const response = await fetch(`${baseUrl}/api/v1/workspaces`, { headers: { Authorization: `Bearer ${secret}` } });
  return response.status;
}

try {
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // window.confirm before revoking and removing: the user says yes
  page.on('dialog', (dialog) => void dialog.accept());

  await check('the administrator signs in and sees the users', async () => {
    const response = await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    assert(response?.ok(), `GET ${baseUrl} answered ${response?.status()}`);
    assert(await signInIfAsked(page), 'the server let an anonymous visitor in without signing in');
    await navigate('Admin', 'Users');
    await visible(page.getByRole('table', { name: 'Users' }).getByText(process.env.LECTERN_E2E_USER, { exact: true }), 'the administrator in the users table');
  });

  await check('a new user is created as editor, then disabled and enabled again', async () => {
    const form = page.getByRole('form', { name: 'Create user' });
    await form.getByLabel('New username').fill(newUser);
    await form.getByLabel('Password').fill(NEW_PASSWORD);
    await form.getByLabel('Role').selectOption('EDITOR');
    await form.getByRole('button', { name: 'Create user' }).click();
    const role = page.getByLabel(`Role of ${newUser}`);
    await visible(role, 'the new user in the table');
    assert((await role.inputValue()) === 'EDITOR', `the new user's role is ${await role.inputValue()}`);
    await page.getByRole('button', { name: `Disable ${newUser}` }).click();
    await page.getByRole('button', { name: `Enable ${newUser}` }).click();
    await visible(page.getByRole('button', { name: `Disable ${newUser}` }), 'the user enabled again');
    await accessible(page, 'the admin users page');
    await screenshot(page, 'admin-users');
  });

  let secret;
  await check('an API key is created and its secret is shown once, with a working copy button', async () => {
    const form = page.getByRole('form', { name: 'Create API key' });
    await form.getByLabel('Key name').fill(keyName);
    await form.getByRole('checkbox', { name: /^Generate/ }).check();
    await form.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: `API key "${keyName}" created` });
    await visible(dialog, 'the secret dialog');
    await visible(dialog.getByText('You will not see it again'), 'the warning that the secret is shown once');
    secret = await dialog.getByLabel('Secret').inputValue();
    assert(/^lk_[A-Za-z0-9_-]{20,}$/.test(secret), `the secret looks like ${JSON.stringify(secret)}`);
    await dialog.getByRole('button', { name: 'Copy secret' }).click();
    await visible(dialog.getByText('Copied to the clipboard.'), 'the copy confirmation');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert(copied === secret, 'the clipboard does not hold the secret');
    await accessible(page, 'the secret dialog');
    await screenshot(page, 'api-key-secret');
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    assert((await page.getByRole('dialog').count()) === 0, 'the dialog is still open');
    const html = await page.content();
    assert(!html.includes(secret), 'the secret is still in the page after closing the dialog');
    const row = page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: keyName });
    await visible(row.getByText('read, generate'), 'the key with its scopes in the list');
    assert((await withKey(secret)) === 200, 'the new key does not work as a Bearer token');
  });

  await check('the key is revoked after confirming, and stops working', async () => {
    const row = page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: keyName });
    await row.getByRole('button', { name: `Revoke ${keyName}` }).click();
    await visible(row.getByText('Revoked'), 'the revoked key');
    const status = await withKey(secret);
    assert(status === 401, `the revoked key was answered with ${status}, not 401`);
    const lastUsed = await row.locator('td').nth(2).innerText();
    assert(lastUsed !== 'never', 'the key was used, but its last use says never');
  });

  await check('the audit log shows the key events, filtered, and exports them as CSV', async () => {
    const audit = page.getByRole('region', { name: 'Audit log' });
    await audit.getByLabel('Event', { exact: true }).selectOption('KEY_REVOKED');
    const table = audit.getByRole('table', { name: 'Audit events' });
    await visible(table.getByRole('cell', { name: 'KEY_REVOKED' }), 'the revocation in the audit log');
    // the unfiltered page also held the revocation: wait until every row is one
    await page.waitForFunction(() => {
      const types = [...document.querySelectorAll('table[aria-label="Audit events"] tbody tr td:nth-child(2)')];
      return types.length > 0 && types.every((cell) => cell.textContent === 'KEY_REVOKED');
    });
    const [download] = await Promise.all([page.waitForEvent('download'), audit.getByRole('link', { name: 'Export CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert(csv.startsWith('occurredAt,type,username,detail'), `the CSV starts with ${JSON.stringify(csv.slice(0, 40))}`);
    assert(csv.includes('KEY_REVOKED') && !csv.includes('KEY_CREATED'), 'the CSV does not follow the filter');
    await accessible(page, 'the audit log');
    await audit.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-audit');
  });

  await check('the ingestion queue lists the finished jobs of the documents uploaded earlier, and retries one', async () => {
    const jobs = page.getByRole('region', { name: 'Ingestion jobs' });
    await jobs.getByLabel('State', { exact: true }).selectOption('DONE');
    const table = jobs.getByRole('table', { name: 'Ingestion jobs' });
    await visible(table.getByText('done').first(), 'a finished ingestion job');
    await table.getByRole('button', { name: 'Retry' }).first().click();
    await visible(page.getByText('The document is queued again.'), 'the retry confirmation');
    await accessible(page, 'the ingestion jobs');
    await jobs.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-jobs');
  });

  await check('usage draws the calls made so far as charts: per day, and the administrator among the top users', async () => {
    const usage = page.getByRole('region', { name: 'Usage', exact: true });
    await usage.getByRole('button', { name: 'Refresh' }).click();
    const requests = usage.getByRole('img', { name: /^Requests per day: [1-9]\d* in 30 days/ });
    await visible(requests, 'the requests-per-day chart with calls in it');
    assert((await requests.locator('rect').count()) > 0, 'the requests chart has no columns');
    await visible(
      usage.getByRole('img', { name: /^Tokens per day: [1-9]\d* prompt tokens and [1-9]\d* completion tokens/ }),
      'the tokens the journeys\' answers and summaries used',
    );
    await visible(usage.getByRole('img', { name: /^Latency per day in milliseconds/ }), 'the latency chart');
    const user = process.env.LECTERN_E2E_USER;
    await visible(usage.getByRole('img', { name: new RegExp(`^Top users by requests: .*\\b${user} [1-9]`) }), 'the administrator among the top users');
    await visible(usage.getByRole('img', { name: /^Top workspaces by requests: / }), 'the top workspaces');
    await usage.getByLabel('Days', { exact: true }).selectOption('7');
    await visible(usage.getByRole('img', { name: /^Requests per day: [1-9]\d* in 7 days/ }), 'the chart of the last 7 days');
    await accessible(page, 'the usage charts');
    await usage.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-usage');
  });

  await check('a workspace administrator adds a member, changes their role and removes them', async () => {
    await navigate('Library', 'Workspaces');
    const name = `Members ${stamp}`;
    await page.getByLabel('Workspace name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await visible(page.getByRole('list', { name: 'Workspaces' }).getByText(name, { exact: true }), name);
    await page.getByRole('combobox', { name: 'Workspace', exact: true }).selectOption({ label: name });
    const members = page.getByRole('region', { name: 'Members' });
    await visible(members, 'the members panel');
    await members.getByLabel('Username', { exact: true }).fill(newUser);
    await members.getByLabel('Role', { exact: true }).selectOption('VIEWER');
    await members.getByRole('button', { name: 'Add member' }).click();
    const role = members.getByLabel(`Role of ${newUser}`);
    await visible(role, 'the new member');
    await role.selectOption('EDITOR');
    await page.waitForFunction(
      (label) => document.querySelector(`[aria-label="${label}"]`)?.value === 'EDITOR',
      `Role of ${newUser}`,
    );
    await accessible(page, 'the library with its members');
    await screenshot(page, 'members');
    await members.getByRole('button', { name: `Remove ${newUser}` }).click();
    await role.waitFor({ state: 'detached' });
  });

  await check('signing out shows the sign-in page, and signing in again opens the app', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await visible(page.getByRole('heading', { name: 'Sign in to Lectern' }), 'the sign-in page');
    await visible(page.getByText('You have signed out.'), 'the signed-out notice');
    await accessible(page, 'the sign-in page');
    await screenshot(page, 'sign-in');
    assert(await signInIfAsked(page), 'the sign-in page was gone');
  });

  await check('an editor signs in and sees only their own API keys under Admin', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    // the Library's members panel has a "Username" field too: wait for the sign-in page before typing
    await visible(page.getByRole('heading', { name: 'Sign in to Lectern' }), 'the sign-in page');
    await page.getByLabel('Username').fill(newUser);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await navigate('Admin', 'API keys');
    for (const hidden of ['Users', 'Audit log', 'Ingestion jobs', 'Models']) {
      const count = await page.getByRole('heading', { name: hidden, exact: true }).count();
      assert(count === 0, `an editor sees "${hidden}"`);
    }
    await visible(page.getByText('No keys yet', { exact: false }), "the editor's empty key list");
    await accessible(page, "an editor's admin page");
    await page.getByRole('button', { name: 'Sign out' }).click();
    // the app shell stays up until the sign-out answers: wait for the sign-in page, then sign back in
    await visible(page.getByRole('heading', { name: 'Sign in to Lectern' }), 'the sign-in page after signing out');
    assert(await signInIfAsked(page), 'the sign-in page was gone');
  });

  await check('no script errors and no requests off localhost', async () => {
    assertCleanPage(pageErrors, offsite);
  });
} catch (error) {
  failure = error;
}

await finish({ browser, page, failure, passed: checks.passed, name: 'admin' });
