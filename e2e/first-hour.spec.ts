import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioText } from '../src/core/scenario/load';
import type { Scenario } from '../src/core/scenario/schema';
import { applyCommand, createSession, openBallotOf, type SessionConfig, type SessionEvent, type SessionState } from '../src/core/session';
import { sessionFileHeader, writeSessionFile } from '../src/host/journal';
import { openByPath, openSessionFile, SHOTS, startInLightTheme, watchConsole } from './support';

/**
 * A newcomer's and an instructor's first hour: the screens they reported, opened from session
 * files at the point where each defect showed, checked and photographed at 1024×768, 1280×800
 * and 1920×1080 in the light and dark themes (e2e/screenshots/first-hour-*.png).
 */

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

function loadScenario(file: string): Scenario {
  const result = loadScenarioText(readFileSync(join('scenarios', file), 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.scenario;
}

const KESTRIA = loadScenario('training-kestria.yaml');
const SHIELD = loadScenario('d2r-shield.yaml');

/** Every Council member and briefed state: a hot-seat where no AI moves before the picture. */
function everyDelegation(scenario: Scenario): string[] {
  return [...new Set([...scenario.council.permanent, ...scenario.council.elected, ...scenario.states.map((x) => x.code)])];
}
const ALL = everyDelegation(KESTRIA);

/** Whether an element's text is cut off (ellipsis or overflow). */
function clipped(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
}

/** A session of Kestria played up to some point, written as a session file to open. */
class SessionFile {
  state: SessionState;
  private clock = Date.UTC(2031, 2, 1, 9, 0, 0);
  readonly members: string[];
  constructor(
    readonly scenario: Scenario,
    readonly mode: SessionConfig['mode'],
    humans: readonly string[],
  ) {
    this.members = [...scenario.council.permanent, ...scenario.council.elected];
    const codes = [...new Set([...this.members, ...scenario.states.map((x) => x.code)])].sort();
    this.state = createSession(scenario, {
      scenarioId: scenario.id,
      seed: 7,
      mode,
      difficulty: 'realistic',
      seats: [
        ...codes.map((code) => ({ id: code.toLowerCase(), kind: humans.includes(code) ? ('human' as const) : ('ai' as const), state: code })),
        { id: 'facilitator', kind: 'facilitator' as const, state: null },
      ],
    });
  }
  send(by: string, event: SessionEvent): this {
    this.clock += 20_000;
    const result = applyCommand(this.scenario, this.state, { by, at: new Date(this.clock).toISOString(), event });
    if (!result.ok) throw new Error(`${by} ${event.type}: ${result.reason}`);
    this.state = result.state;
    return this;
  }
  advance(times = 1): this {
    for (let i = 0; i < times; i++) this.send('facilitator', { type: 'phase.advance' });
    return this;
  }
  /** France tables a referral to the ICC in the Council and the members vote: Russia vetoes it. */
  vetoedInTheCouncil(): this {
    this.send('facilitator', { type: 'session.start' }).advance(3); // -> council
    this.send('fra', {
      type: 'draft.table',
      draftId: 'icc-r1',
      forum: 'council',
      title: 'Referral of the situation in Kestria',
      measures: ['icc-referral'],
      operativeParagraphs: ['Decides to refer the situation in Kestria to the Prosecutor of the International Criminal Court;'],
      chapter: 'VII',
    });
    this.send('fra', { type: 'vote.open', draftId: 'icc-r1' });
    const ballot = openBallotOf(this.state)!;
    for (const code of this.members) {
      this.send(code.toLowerCase(), { type: 'vote.cast', ballotId: ballot.id, vote: code === 'RUS' ? 'no' : code === 'CHN' ? 'abstain' : 'yes' });
    }
    return this;
  }
  write(name: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'moot-first-hour-')), `${name}.moot.jsonl`);
    writeSessionFile(file, { ...sessionFileHeader(this.scenario, this.state.config), mode: this.mode, timers: false } as ReturnType<typeof sessionFileHeader>, this.state.log);
    return file;
  }
}

/** Screenshots of the page at each size, in the light and the dark theme; `check` runs at each size. */
async function shootAtEverySize(page: Page, name: string, check: () => Promise<void> = async () => undefined): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.mouse.move(size.width - 5, size.height - 5); // no hover tooltip in the picture
    await check();
    for (const scheme of ['light', 'dark']) {
      await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
      await page.screenshot({ path: `${SHOTS}/first-hour-${name}-${size.width}-${scheme}.png`, animations: 'disabled' });
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
  }
}

/** The colour of an element's text and the background it is drawn on (the nearest painted ancestor). */
async function textAndBackground(page: Page, testId: string): Promise<{ text: string; background: string }> {
  return page.getByTestId(testId).evaluate((el) => {
    const text = getComputedStyle(el.querySelector('.mantine-Button-label') ?? el).color;
    let node: Element | null = el;
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return { text, background: bg };
      node = node.parentElement;
    }
    return { text, background: 'rgb(255, 255, 255)' };
  });
}

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha ignored: the label is opaque text). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.beforeEach(async ({ page }, testInfo) => {
  testInfo.setTimeout(120_000); // six screenshots a test
  await startInLightTheme(page);
});

test('the Uniting for Peace card: the request button reads in both themes', async ({ page }) => {
  const errors = watchConsole(page);
  // Every delegation played by a person: no AI asks for the session before the picture.
  const file = new SessionFile(KESTRIA, 'hotseat', ALL).vetoedInTheCouncil().advance().write('uniting-for-peace');
  await openSessionFile(page, file);
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'unitingForPeace');
  await page.getByTestId('nav-assembly').click();
  const request = page.getByTestId('ufp-request');
  await expect(request).toHaveText('Request an emergency special session');
  for (const scheme of ['light', 'dark']) {
    await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
    const { text, background } = await textAndBackground(page, 'ufp-request');
    expect(contrast(text, background), `${scheme}: ${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
  await request.scrollIntoViewIfNeeded();
  await shootAtEverySize(page, 'uniting-for-peace', async () => {
    await request.scrollIntoViewIfNeeded();
    expect(await clipped(request.locator('.mantine-Button-label')), 'the label is cut off').toBe(false);
  });
  expect(errors).toEqual([]);
});

test("the Council chamber at 1024×768: the horseshoe's seats do not overlap; the draft dialog suggests the scenario's own situation", async ({ page }) => {
  const errors = watchConsole(page);
  const shield = new SessionFile(SHIELD, 'hotseat', everyDelegation(SHIELD));
  shield.send('facilitator', { type: 'session.start' }).advance(3); // -> council
  await openSessionFile(page, shield.write('council'));
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'council');
  await page.getByTestId('nav-chamber').click();
  await page.getByTestId('table-draft').click();
  await expect(page.getByTestId('draft-title')).toHaveAttribute('placeholder', 'e.g. The situation in the Republic of Meridia');
  await page.keyboard.press('Escape');

  const council = new SessionFile(KESTRIA, 'hotseat', ALL).vetoedInTheCouncil();
  await openSessionFile(page, council.write('council-vote'));
  await page.getByTestId('nav-chamber').click();
  const seats = page.getByTestId('horseshoe').locator('li.council-seat');
  await expect(seats).toHaveCount(15);
  await shootAtEverySize(page, 'council', async () => {
    await page.getByTestId('horseshoe').scrollIntoViewIfNeeded();
    const boxes = await seats.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b, j) => {
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${i} and ${i + 1 + j}`);
      }),
    );
    expect(overlaps, `overlapping seats at ${page.viewportSize()?.width}px`).toEqual([]);
  });
  expect(errors).toEqual([]);
});

test("the facilitator's seat table fits at 1024×768", async ({ page }) => {
  const errors = watchConsole(page);
  const file = new SessionFile(KESTRIA, 'facilitator', []);
  file.send('facilitator', { type: 'session.start' }).advance(2); // -> negotiation
  await openSessionFile(page, file.write('facilitator'));
  await page.getByTestId('nav-facilitator').click();
  const grid = page.getByTestId('seat-grid');
  await expect(grid).toBeVisible();
  await shootAtEverySize(page, 'facilitator', async () => {
    // Neither the table nor any box around it up to the main area scrolls sideways or cuts it.
    const fits = await grid.evaluate((table) => {
      for (let el: Element | null = table; el && el.tagName !== 'MAIN'; el = el.parentElement) {
        if (el.scrollWidth > el.clientWidth + 1) return false;
      }
      return table.getBoundingClientRect().right <= document.querySelector('main')!.getBoundingClientRect().right;
    });
    expect(fits, `seat table cut off at ${page.viewportSize()?.width}px`).toBe(true);
  });
  expect(errors).toEqual([]);
});

test("a finished game: the header says the rounds are over, and the findings' badges read in full", async ({ page }) => {
  const errors = watchConsole(page);
  const file = new SessionFile(KESTRIA, 'hotseat', ALL).vetoedInTheCouncil();
  file.send('facilitator', { type: 'session.end' }).send('facilitator', { type: 'judgment.deliver' });
  await openSessionFile(page, file.write('debrief'));
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'debrief');
  await expect(page.getByTestId('header-round')).toHaveText('Ended after round 1 of 3');
  await page.getByTestId('nav-judgment').click();
  const badges = page.getByTestId('findings').locator('.mantine-Badge-label');
  await expect(badges.first()).toBeVisible();
  await shootAtEverySize(page, 'judgment', async () => {
    for (const badge of await badges.all()) expect(await clipped(badge), `"${await badge.textContent()}" is cut off at ${page.viewportSize()?.width}px`).toBe(false);
  });
  expect(errors).toEqual([]);
});

test('facilitator-only mode before the session opens: the page is headed as the phase pill says', async ({ page }) => {
  const errors = watchConsole(page);
  await openSessionFile(page, new SessionFile(KESTRIA, 'facilitator', []).write('seating'));
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'seating');
  await page.getByTestId('nav-brief').click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Seating');
  await expect(page.getByTestId('seating-note')).toContainText('Start session (in the header) opens it');
  await shootAtEverySize(page, 'seating');
  expect(errors).toEqual([]);
});

test('Rwanda 1994: Belgium withdraws its contingent from the peace operation', async ({ page }) => {
  const errors = watchConsole(page);
  const rwanda = loadScenario('rwanda-1994.yaml');
  const file = new SessionFile(rwanda, 'solo', ['BEL']);
  file.send('facilitator', { type: 'session.start' });
  while (file.state.phase !== 'conduct') file.advance();
  await openSessionFile(page, file.write('contingent'));
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'conduct');
  await page.getByTestId('nav-conduct').click();
  await page.getByTestId('conduct-tab-peaceOperation').click();
  const withdraw = page.getByTestId('conduct-card-contingent-withdrawal');
  await expect(withdraw).toContainText('Withdraw your contingent');
  await shootAtEverySize(page, 'contingent');
  await withdraw.getByTestId('conduct-act-contingent-withdrawal').click();
  await expect(page.getByText('Your acts this round (1)')).toBeVisible();
  // Withdrawn: there is no contingent left to reinforce, and the card says why.
  await expect(page.getByTestId('conduct-act-contingent-reinforcement')).toHaveAttribute('aria-disabled', 'true');
  expect(errors).toEqual([]);
});

test("an instructor's scenario given to Open…: its problems, one to a line with the field's path", async ({ page }) => {
  const errors = watchConsole(page);
  const file = join(mkdtempSync(join(tmpdir(), 'moot-first-hour-')), 'my-crisis.yaml');
  writeFileSync(file, readFileSync(join('scenarios', 'training-kestria.yaml'), 'utf8').replace(/^title: .*$/m, 'title: 42'));
  const dialog = await openByPath(page, file);
  const problems = dialog.getByTestId('open-error');
  await expect(problems).toContainText('my-crisis.yaml is a scenario file, not a saved session, and it has 1 problem:');
  await expect(problems).toContainText('title: ');
  await shootAtEverySize(page, 'open-scenario', () => problems.scrollIntoViewIfNeeded());
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
