import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user does; fails when it
 * is not reached within `max` presses (not reachable by keyboard).
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await target.waitFor({ state: "attached" });
  const focused = () =>
    target.evaluate((el) => el === document.activeElement, null, { timeout: 2000 });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await focused()) return;
  }
  throw new Error(`Not reached with ${back ? "Shift+Tab" : "Tab"} in ${max} presses: ${target}`);
}

/**
 * Presses Enter on the focused `button` until `shown` appears. A button that works through the
 * page's script does nothing before the page is hydrated, and a person presses it again; once it
 * worked, focus has left it, so it is never pressed twice.
 */
export async function pressUntilShown(button: Locator, shown: Locator) {
  await expect(async () => {
    if (await button.evaluate((el) => el === document.activeElement)) await button.press("Enter");
    await expect(shown).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

/** What the focus indicator of the focused element looks like, measured as drawn. */
export type FocusRing = { what: string; width: number; style: string; contrast: number };

/**
 * The focused element's outline (width, style) and its contrast with the background it is drawn
 * on: the element's own for an inset outline, else the first opaque one of its ancestors.
 */
export function focusRing(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    // Any CSS colour (Tailwind's are oklch) as sRGB with alpha, drawn on a one-pixel canvas.
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgb = (color: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    let surface: HTMLElement | null = parseFloat(style.outlineOffset) < 0 ? el : el.parentElement;
    let background = "#fff";
    for (; surface; surface = surface.parentElement) {
      const color = getComputedStyle(surface).backgroundColor;
      if (rgb(color)[3] === 255) {
        background = color;
        break;
      }
    }
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))];
    return {
      what: `${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 40)}”`,
      width: parseFloat(style.outlineWidth),
      style: style.outlineStyle,
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    };
  });
}

/** Walks the first `stops` Tab stops of the page (or all) and checks each one's indicator. */
export async function expectVisibleFocusOnEveryStop(page: Page, stops: number) {
  await page.locator("body").focus();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    // Past the last stop focus leaves the page: the walk is over.
    if (await page.evaluate(() => document.activeElement === document.body)) return;
    const ring = await focusRing(page);
    expect.soft(ring.style, `outline of ${ring.what}`).not.toBe("none");
    expect.soft(ring.width, `outline width of ${ring.what}`).toBeGreaterThanOrEqual(2);
    expect.soft(ring.contrast, `outline contrast of ${ring.what}`).toBeGreaterThanOrEqual(3);
  }
}

/** No horizontal scroll: the page fits its viewport's width. */
export async function expectNoHorizontalScroll(page: Page, context: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${context}: page ${scroll}px wide in a ${client}px viewport`).toBeLessThanOrEqual(
    client,
  );
}

/**
 * Buttons, fields and links that are not part of a line of text are at least 24×24 CSS px
 * (WCAG 2.5.8); check boxes and radios, with their spacing, are left to axe's target-size.
 */
export async function expectTargetsAtLeast24(page: Page) {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "button, select, textarea, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), a[href]",
      ),
    ]
      .filter((el) => el.checkVisibility() && !el.closest(".sr-only"))
      .filter((el) => !(el.tagName === "A" && getComputedStyle(el).display === "inline"))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
  expect(small).toEqual([]);
}
