// Helpers shared by the browser journeys: Chromium launch, named checks, screenshots, sign-in and axe.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export class CheckFailed extends Error {}

/** Runs named checks in order and counts them; the first that throws stops the run. */
export function checker() {
  const state = { passed: 0 };
  state.check = async (name, fn) => {
    const started = Date.now();
    try {
      await fn();
    } catch (error) {
      throw new CheckFailed(`check "${name}" failed: ${error instanceof Error ? error.message : error}`);
    }
    state.passed += 1;
    console.log(`  ok ${state.passed} - ${name} (${Date.now() - started} ms)`);
  };
  return state;
}

export function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Waits until the locator is visible, with a message that says what was missing. */
export async function visible(locator, what, timeout = 10_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${what} was not visible within ${timeout} ms`);
  }
}

/** Saves a full-page screenshot as <name>.png in LECTERN_SCREENSHOT_DIR, when that is set. */
export async function screenshot(page, name) {
  const dir = process.env.LECTERN_SCREENSHOT_DIR;
  if (!dir) {
    return;
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`e2e: screenshot ${file}`);
}

/** Signs in through the page when the server shows it (credentials from LECTERN_E2E_USER/_PASSWORD). */
export async function signInIfAsked(page) {
  const signIn = page.getByRole('heading', { name: 'Sign in to Lectern' });
  const shell = page.getByRole('navigation', { name: 'Main' });
  await visible(signIn.or(shell), 'the sign-in page or the app', 15_000);
  if (!(await signIn.isVisible())) {
    return false;
  }
  const user = process.env.LECTERN_E2E_USER;
  const password = process.env.LECTERN_E2E_PASSWORD;
  assert(user && password, 'the server asks to sign in: set LECTERN_E2E_USER and LECTERN_E2E_PASSWORD');
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(shell, 'the app after signing in');
  return true;
}

/** Runs axe-core on the page; fails on any violation, naming the rule and the first element it found. */
export async function accessible(page, what) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // evaluated through the DevTools protocol, which the page's content security policy does not govern
    // (a <script> tag would be refused by script-src 'self', and the journeys must run under the real policy)
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes[0]?.target?.join(' ')}`);
  });
  assert(result.length === 0, `${what} has accessibility violations: ${result.join('; ')}`);
}

/** Starts headless Chromium with a fresh profile that may only talk to localhost. */
export async function openBrowser(viewport = { width: 1280, height: 800 }) {
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
  const context = await browser.newContext({ viewport, colorScheme: 'light', acceptDownloads: true });
  const offsite = [];
  await context.route('**/*', (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    const local = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
    // chrome: and chrome-extension: are the browser's own PDF viewer, not the network.
    const internal = ['data:', 'blob:', 'chrome:', 'chrome-extension:'].includes(protocol);
    if (internal || local) {
      return route.continue();
    }
    offsite.push(route.request().url());
    return route.abort();
  });
  return { browser, context, offsite };
}

/** The last check of every script: the page threw nothing and asked for nothing beyond localhost. */
export function assertCleanPage(pageErrors, offsite) {
  assert(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.join('; ')}`);
  assert(offsite.length === 0, `the page asked for: ${offsite.join(', ')}`);
}

/**
 * Ends a script: after a failure a screenshot of the page as it was (`<name>-failure`), then the browser closed
 * and the outcome printed, with the exit code BrowserIT reads.
 */
export async function finish({ browser, page, failure, passed, name }) {
  if (failure && page) {
    try {
      await screenshot(page, `${name}-failure`);
    } catch {
      // The page may be gone; the message below is what matters.
    }
  }
  await browser.close();
  if (failure) {
    console.error(
      `e2e: FAILED after ${passed} checks passed — ${failure instanceof CheckFailed ? failure.message : failure.stack}`,
    );
    process.exit(1);
  }
  console.log(`e2e: ${passed} checks passed`);
  process.exit(0);
}
