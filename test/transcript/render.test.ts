import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, transcriptFor } from '../../src/core/transcript';
import { chromiumPdfPrinter, defaultWorld, exportTranscript } from '../../src/host/export';
import { fixedReport, scriptedTranscriptSession } from '../support/transcript-session';

/**
 * The HTML transcript opened in Chromium and screenshotted, and the PDF printed by Chromium turned
 * into PNG pages with pdftoppm: both must show the charts and the Assembly map. The pictures are
 * kept in test-results/transcript/ to look at.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PDFTOPPM = '/usr/bin/pdftoppm';
const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'transcript');
const available = existsSync(CHROMIUM) && existsSync(PDFTOPPM);

describe.skipIf(!available)('transcript in Chromium (HTML screenshot, PDF pages)', () => {
  const { scenario, driver } = scriptedTranscriptSession();
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('HTML: renders the charts and the map with no network request; screenshots saved', async () => {
    const html = renderHtml(
      transcriptFor(scenario, driver.state, 'facilitator', fixedReport(driver.state)),
      { world: defaultWorld() },
    );
    writeFileSync(join(OUT, 'transcript.html'), html);
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && !r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`file://${join(OUT, 'transcript.html')}`);
    expect(requests).toEqual([]);
    const charts = {
      timeline: 'svg.timeline-strip',
      matrix: 'svg.vote-matrix',
      map: 'svg.assembly-map',
      exposure: 'svg.exposure-chart',
    };
    for (const [name, selector] of Object.entries(charts)) {
      const chart = page.locator(selector).first();
      await expect.poll(() => chart.isVisible()).toBe(true);
      const box = (await chart.boundingBox())!;
      expect(box.width, name).toBeGreaterThan(300);
      expect(box.height, name).toBeGreaterThan(80);
      await page
        .locator(`figure:has(${selector})`)
        .first()
        .screenshot({ path: join(OUT, `html-${name}.png`) });
    }
    // the map draws the countries, coloured by vote
    expect(await page.locator('svg.assembly-map use').count()).toBeGreaterThan(170);
    expect(await page.locator('svg.assembly-map use[fill="#2e7d4f"]').count()).toBeGreaterThan(50);
    // the shapes are shared from one set of definitions and really drawn: a country has a size on screen
    const russia = page.locator(
      'svg.assembly-map use:has(title:text-is("Russian Federation: No (seated delegation)"))',
    );
    expect((await russia.boundingBox())!.width).toBeGreaterThan(100);
    await page.screenshot({ path: join(OUT, 'html-top.png') });
    await page.locator('#ballot-19').screenshot({ path: join(OUT, 'html-ballot.png') });
    await page.locator('#judgment-SRB').screenshot({ path: join(OUT, 'html-finding.png') });
    // evidence links resolve to an entry of the record
    const href = await page.locator('#judgment-RUS a.seq-link').first().getAttribute('href');
    expect(await page.locator(href!).count()).toBe(1);
    await page.close();
  }, 60_000);

  it('PDF: printed by Chromium, A4, pages with the charts and the map turned into PNG', async () => {
    const result = await exportTranscript(scenario, driver.state, {
      format: 'pdf',
      printer: chromiumPdfPrinter({ executablePath: CHROMIUM }),
      report: fixedReport(driver.state),
    });
    const pdf = join(OUT, 'transcript.pdf');
    writeFileSync(pdf, result.content);
    expect(
      Buffer.from(result.content as Uint8Array)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }))![1],
    );
    expect(pages).toBeGreaterThan(5);
    const find = (text: string) => {
      for (let p = 1; p <= pages; p++) {
        if (
          execFileSync('/usr/bin/pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], {
            encoding: 'utf8',
          }).includes(text)
        )
          return p;
      }
      return 0;
    };
    const wanted = {
      cover: 'Transcript fixture: the Marun Valley crisis',
      timeline: 'The rounds: how apparent',
      matrix: 'Vote matrix',
      map: 'The vote of the General Assembly',
      exposure: 'Exposure by state (0-100)',
    };
    for (const [name, text] of Object.entries(wanted)) {
      const page = find(text);
      expect(page, `${name} is on a page`).toBeGreaterThan(0);
      execFileSync(PDFTOPPM, [
        '-f',
        String(page),
        '-l',
        String(page),
        '-r',
        '60',
        '-png',
        pdf,
        join(OUT, `pdf-${name}`),
      ]);
    }
    expect(
      readdirSync(OUT).filter((f) => f.startsWith('pdf-') && f.endsWith('.png')).length,
    ).toBeGreaterThanOrEqual(5);
  }, 90_000);
});
