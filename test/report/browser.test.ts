/**
 * conformance.html in headless Chromium: it renders, runs no script, requests nothing, and its matrix links work.
 * Screenshots go to a temporary folder; to refresh the README's picture deliberately, run
 * `REPORT_SCREENSHOT=docs/report-screenshot.png npx vitest run test/report/browser.test.ts`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { renderHtml } from '../../src/report/html.js';
import { multiTargetReport, nonConformantReport } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const shots = mkdtempSync(join(tmpdir(), 'paragon-report-'));
let browser: Browser | undefined;

beforeAll(async () => {
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }
});

afterAll(async () => {
  await browser?.close();
  rmSync(shots, { recursive: true, force: true });
});

/** Opens the report in a fresh page that records every request and dialog (there must be none). */
async function open(report: Report): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    requests.push(`routed ${route.request().url()}`);
    return route.abort();
  });
  await page.setContent(renderHtml(report), { waitUntil: 'load' });
  return { page, requests, dialogs };
}

const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

describe('conformance.html in a real browser', () => {
  it('shows verdict, a failing check, its findings and the heatmap; runs no script and requests nothing', async (ctx) => {
    if (!browser) ctx.skip(`chromium not found at ${CHROMIUM}; install it (apt-get install -y chromium) to run this test`);
    const { page, requests, dialogs } = await open(nonConformantReport());
    expect(await page.locator('#verdict h1').textContent()).toBe('NON-CONFORMANT');
    const failing = page.locator('#level-MUST tr[data-check="validate.rejects-invalid"]');
    expect(await failing.isVisible()).toBe(true);
    expect(await failing.locator('.status').textContent()).toBe('FAILED');
    expect(await page.locator('#findings details[data-check="validate.rejects-invalid"] .finding').count()).toBe(3);
    expect(await page.locator('#findings details[data-check="validate.rejects-invalid"] pre.replay').first().isVisible()).toBe(true);
    const heat = page.locator('#coverage table.heat');
    expect(await heat.locator('tbody tr').count()).toBe(nonConformantReport().coverage.length);
    expect(await heat.locator('tr.hit').count()).toBe(2);
    expect(await background(page, '#coverage td.cell:not(.none)')).toMatch(/^rgb\(/);

    // Hostile strings stayed text: no script element, no dialog, the target shows literally.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('#verdict code').textContent()).toBe('module:./impl</script><script>alert(1)</script>.js');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(shots, 'single.png'), fullPage: true });
    expect(existsSync(join(shots, 'single.png'))).toBe(true);
  });

  it('reads a multi-target run at a glance: matrix cells coloured by status link to the findings, history charts drawn', async (ctx) => {
    if (!browser) ctx.skip(`chromium not found at ${CHROMIUM}; install it (apt-get install -y chromium) to run this test`);
    const { page, requests, dialogs } = await open(multiTargetReport());
    expect(await page.locator('#verdict .chips li').count()).toBe(3);
    const cell = page.locator('#matrix tr[data-check="validate.rejects-invalid"] td.m-failed a');
    expect(await cell.textContent()).toBe('FAILED 2 +1 known');
    expect(await background(page, '#matrix td.m-failed')).toBe('rgb(198, 40, 40)');
    expect(await background(page, '#matrix td.m-passed')).not.toBe(await background(page, '#matrix td.m-failed'));

    await cell.click();
    expect(await page.evaluate(() => location.hash)).toBe('#t2-validate.rejects-invalid');
    const block = page.locator('[id="t2-validate.rejects-invalid"]');
    const box = await block.boundingBox();
    expect(Math.abs(box!.y)).toBeLessThan(2); // scrolled to the top of the viewport (sub-pixel rounding aside)
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    expect(await block.locator('.finding').count()).toBe(2);

    const charts = page.locator('#history svg.history');
    expect(await charts.count()).toBe(2);
    expect(await charts.nth(1).locator('circle').count()).toBe(4);
    expect(await charts.nth(1).isVisible()).toBe(true);
    expect(await page.locator('script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    const path = process.env.REPORT_SCREENSHOT ? resolve(process.env.REPORT_SCREENSHOT) : join(shots, 'multi.png');
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
  });
});
