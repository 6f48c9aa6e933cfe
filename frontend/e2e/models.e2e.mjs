// End-to-end journey of an administrator pulling a model, clicked through in headless Chromium: Admin > Models,
// Pull on the model named by LECTERN_E2E_PULL_MODEL, the progress bar is read at least twice with growing
// values while the server downloads, then the model shows as installed. It is not activated: the other
// journeys' chat model stays as it is. axe-core checks the page during and after the pull; screenshots of both
// go to LECTERN_SCREENSHOT_DIR.
//
//   LECTERN_URL=http://localhost:8080 LECTERN_E2E_USER=admin LECTERN_E2E_PASSWORD=... \
//     LECTERN_E2E_PULL_MODEL=<catalog id served slowly> node frontend/e2e/models.e2e.mjs
//
// Exits 0 after printing "e2e: N checks passed", or 1 with the failed check and why.

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
const modelId = process.env.LECTERN_E2E_PULL_MODEL;
if (!baseUrl || !modelId) {
  console.error('e2e: set LECTERN_URL and LECTERN_E2E_PULL_MODEL (a catalog model that downloads in a few seconds)');
  process.exit(1);
}

const { browser, context, offsite } = await openBrowser({ width: 1280, height: 800 });
const checks = checker();
const { check } = checks;
const pageErrors = [];
let page;
let failure;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

try {
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const models = () => page.getByRole('table', { name: 'Models' });
  const row = () => models().getByRole('row').filter({ hasText: 'E2E pull test model' });
  const bar = () => page.getByRole('progressbar', { name: `Pulling ${modelId}` });

  await check('the administrator opens Admin > Models and sees the model not installed', async () => {
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    await signInIfAsked(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin', exact: true }).click();
    // a cold server under load can take a while to list the models
    await visible(models(), 'the models table', 30_000);
    await visible(row().getByText('Not installed'), 'the test model, not installed');
  });

  const seen = [];
  await check('pulling shows a progress bar that moves', async () => {
    await row().getByRole('button', { name: 'Pull' }).click();
    await visible(bar(), 'the progress bar', 10_000);
    // the page reads the progress once a second; the server takes about six seconds to send the file
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (await bar().count()) > 0) {
      const now = Number(await bar().getAttribute('aria-valuenow', { timeout: 1_000 }).catch(() => NaN));
      if (Number.isFinite(now) && now !== seen.at(-1)) {
        seen.push(now);
        if (seen.length === 2) {
          await accessible(page, 'the models page during a pull');
          await screenshot(page, 'model-pull-progress');
        }
      }
      await sleep(200);
    }
    console.log(`e2e: progress values seen: ${seen.join(', ')}`);
    assert(seen.length >= 2, `the progress bar showed only ${seen.join(', ') || 'nothing'}`);
    assert(
      seen.every((value, i) => i === 0 || value > seen[i - 1]),
      `the progress went backwards: ${seen.join(', ')}`,
    );
  });

  await check('the pulled model is installed, not activated', async () => {
    await visible(row().getByText('Installed', { exact: true }), 'the Installed badge', 20_000);
    await visible(row().getByRole('button', { name: 'Activate' }), 'the Activate button');
    assert((await bar().count()) === 0, 'the progress bar is still shown');
    await accessible(page, 'the models page after a pull');
    await screenshot(page, 'model-pulled');
  });

  await check('no script errors and no requests off localhost', async () => {
    assertCleanPage(pageErrors, offsite);
  });
} catch (error) {
  failure = error;
}

await finish({ browser, page, failure, passed: checks.passed, name: 'models' });
