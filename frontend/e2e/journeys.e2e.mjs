// End-to-end journeys of a business user, clicked through in headless Chromium:
// upload a PDF and a DOCX and watch them become ready; ask a question and open a citation;
// summarize; write a report and export it as PDF; see the reports history and the admin page.
// axe-core checks each page; screenshots of each page go to LECTERN_SCREENSHOT_DIR.
//
//   LECTERN_URL=http://localhost:8080 LECTERN_DATASETS=../shared/datasets node frontend/e2e/journeys.e2e.mjs
//
// Exits 0 after printing "e2e: N checks passed", or 1 with the failed check and why.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
const datasets = resolve(process.env.LECTERN_DATASETS ?? '../shared/datasets');
if (!baseUrl) {
  console.error('e2e: set LECTERN_URL to the server to test, e.g. LECTERN_URL=http://localhost:8080');
  process.exit(1);
}
const PDF = join(datasets, 'ingestion-docs/pdf/DA-1p.pdf');
const DOCX = join(datasets, 'ingestion-docs/handbook-1p.docx');
const READY_TIMEOUT_MS = 180_000;

const { browser, context, offsite } = await openBrowser({ width: 1280, height: 800 });
const checks = checker();
const { check } = checks;
const pageErrors = [];
let page;
let failure;

/** Goes to a page through the main navigation, as a user would. */
async function navigate(label, heading) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await visible(page.getByRole('heading', { name: heading }), `the "${heading}" heading`);
}

/** The row of a document in the library's table. */
function row(name) {
  return page.getByRole('table', { name: 'Documents' }).getByRole('row').filter({ hasText: name });
}

try {
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await check('the app asks a new visitor to sign in, and opens after signing in', async () => {
    const response = await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    assert(response?.ok(), `GET ${baseUrl} answered ${response?.status()}`);
    assert(await signInIfAsked(page), 'the server let an anonymous visitor in without signing in');
  });

  await check('a new workspace is chosen in the workspace picker', async () => {
    const name = `Journeys ${Date.now()}`;
    await page.getByLabel('Workspace name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await visible(page.getByRole('list', { name: 'Workspaces' }).getByText(name, { exact: true }), name);
    const picker = page.getByRole('combobox', { name: 'Workspace' });
    await picker.selectOption({ label: name });
    await visible(page.getByText('No documents yet.'), 'the empty library of the new workspace');
    await accessible(page, 'the empty library');
    await screenshot(page, 'library-empty');
  });

  await check('a PDF and a DOCX upload with a progress bar each', async () => {
    await page.getByLabel('Files to upload').setInputFiles([PDF, DOCX]);
    for (const name of ['DA-1p.pdf', 'handbook-1p.docx']) {
      await visible(page.getByRole('progressbar', { name: `Uploading ${name}` }), `the upload bar of ${name}`);
    }
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[role=progressbar][aria-label^="Uploading"]')].every(
          (bar) => bar.getAttribute('aria-valuenow') === '100',
        ),
      undefined,
      { timeout: 30_000 },
    );
  });

  await check('both documents become ready, with live status on the way', async () => {
    const stages = new Set();
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const statuses = await page
        .getByRole('table', { name: 'Documents' })
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-status')}: ${r.cells[1]?.innerText ?? ''}`));
      statuses.forEach((status) => stages.add(status.split('\n')[0]));
      if (statuses.length === 2 && statuses.every((status) => status.startsWith('READY'))) break;
      assert(!statuses.some((s) => s.startsWith('FAILED')), `a document failed: ${statuses.join(' | ')}`);
      assert(Date.now() < deadline, `not ready after ${READY_TIMEOUT_MS} ms: ${statuses.join(' | ')}`);
      await page.waitForTimeout(500);
    }
    console.log(`  statuses seen: ${[...stages].join(' | ')}`);
    await accessible(page, 'the library');
    await screenshot(page, 'library');
  });

  await check('the library is readable at tablet width (800 px)', async () => {
    await page.setViewportSize({ width: 800, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `the page scrolls sideways by ${overflow} px at 800 px`);
    await screenshot(page, 'library-800px');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await check('a document opens with its passages by page', async () => {
    await row('DA-1p.pdf').getByRole('link', { name: 'DA-1p.pdf' }).click();
    await visible(page.getByRole('heading', { name: 'Passages' }), 'the passages');
    await visible(page.getByRole('heading', { name: /^Page \d+$/, level: 3 }), 'a page heading');
    await visible(page.getByTitle('Preview of DA-1p.pdf'), 'the PDF preview');
    await accessible(page, 'the document view');
    await screenshot(page, 'document');
  });

  await check('a question gets a streamed answer with sources, and a thumbs up is stored', async () => {
    await navigate('Ask', 'Ask your documents');
    await accessible(page, 'the empty Ask page');
    await page.getByLabel('Your question').fill('What does the United States Trustee supervise?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await visible(page.getByRole('link', { name: /^Source 1: / }), 'a source chip', 60_000);
    const unsupported = page.locator('.sentence--unsupported');
    assert((await unsupported.count()) > 0, 'the sentence without a source is not marked');
    await visible(page.getByRole('button', { name: 'What does the United States Trustee supervise?' }), 'the conversation in the list');
    const good = page.getByRole('button', { name: 'Good answer' });
    await good.click();
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Good answer"]')?.getAttribute('aria-pressed') === 'true',
    );
    await accessible(page, 'the Ask page with an answer');
    await screenshot(page, 'ask');
  });

  await check('a source chip opens the cited passage highlighted in its document', async () => {
    await page.getByRole('link', { name: /^Source 1: / }).first().click();
    const cited = page.getByRole('article', { name: 'Cited passage' });
    await visible(cited, 'the highlighted cited passage');
    assert(/\/documents\/[^?]+\?chunk=/.test(page.url()), `the address is ${page.url()}`);
    assert((await cited.locator('mark').count()) === 1, 'the passage is not marked');
    await screenshot(page, 'citation');
  });

  await check('a summary of both documents is written with its sources', async () => {
    await navigate('Studio', 'Studio');
    await page.getByRole('checkbox', { name: 'DA-1p.pdf' }).check();
    await page.getByRole('checkbox', { name: 'handbook-1p.docx' }).check();
    await page.getByRole('button', { name: 'Summarize' }).click();
    const output = page.getByRole('region', { name: 'Summary output' });
    await visible(output, 'the summary', 90_000);
    assert((await output.innerText()).trim().length > 20, 'the summary is empty');
    await accessible(page, 'the Studio with a summary');
    await screenshot(page, 'studio-summary');
  });

  await check('a report is written from a template and exported as PDF', async () => {
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.getByLabel('Title').fill('Trustee digest');
    await page.getByRole('button', { name: 'Write report' }).click();
    await visible(page.getByRole('heading', { name: 'Trustee digest' }), 'the written report', 120_000);
    await accessible(page, 'the report view');
    await screenshot(page, 'report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('group', { name: 'Export Trustee digest' }).getByRole('link', { name: 'PDF' }).click(),
    ]);
    const file = await download.path();
    const head = readFileSync(file).subarray(0, 5).toString('latin1');
    assert(head === '%PDF-', `the export starts with ${JSON.stringify(head)}, not %PDF-`);
    assert(download.suggestedFilename().endsWith('.pdf'), `the file is named ${download.suggestedFilename()}`);
  });

  await check('the reports history lists the report', async () => {
    await navigate('Reports', 'Reports');
    await visible(page.getByRole('table', { name: 'Reports' }).getByRole('link', { name: 'Trustee digest' }), 'the report');
    await accessible(page, 'the reports history');
    await screenshot(page, 'reports');
  });

  await check('the admin page shows the model catalog', async () => {
    await navigate('Admin', 'Models');
    await visible(page.getByRole('table', { name: 'Models' }), 'the models table');
    await visible(page.getByRole('heading', { name: 'Retrieval evaluations' }), 'the evaluations');
    await accessible(page, 'the admin page');
    await screenshot(page, 'admin');
  });

  await check('no script errors and no requests off localhost', async () => {
    assertCleanPage(pageErrors, offsite);
  });
} catch (error) {
  failure = error;
}

await finish({ browser, page, failure, passed: checks.passed, name: 'journeys' });
