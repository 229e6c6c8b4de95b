import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { nonConformantReport } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../../docs/report-screenshot.png', import.meta.url));
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
});

describe('conformance.html in a real browser', () => {
  it('shows verdict, a failing check and the heatmap, runs no script and requests nothing', async (ctx) => {
    if (!existsSync(CHROMIUM)) ctx.skip(`chromium not found at ${CHROMIUM}; install it (apt-get install -y chromium) to run this test`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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
    await page.setContent(renderHtml(nonConformantReport()), { waitUntil: 'load' });

    const verdict = page.locator('#verdict h1');
    expect(await verdict.isVisible()).toBe(true);
    expect(await verdict.textContent()).toBe('NON-CONFORMANT');
    const failing = page.locator('#level-MUST tr[data-check="validate.rejects-invalid"]');
    expect(await failing.isVisible()).toBe(true);
    expect(await failing.locator('.status').textContent()).toBe('FAILED');
    expect(await page.locator('#counterexamples details[data-check="validate.rejects-invalid"] pre.replay').first().isVisible()).toBe(true);
    const heat = page.locator('#coverage table.heat');
    expect(await heat.isVisible()).toBe(true);
    expect(await heat.locator('tbody tr').count()).toBe(nonConformantReport().coverage.length);
    expect(await heat.locator('tr.hit').count()).toBe(2);
    const cellColour = await heat
      .locator('tbody tr')
      .first()
      .locator('td.cell')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(cellColour).toMatch(/^rgb\(/);
    expect(cellColour).not.toBe('rgba(0, 0, 0, 0)');

    // Hostile strings stayed text: no script element, no dialog, the target shows literally.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('#verdict code').textContent()).toBe('module:./impl</script><script>alert(1)</script>.js');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
