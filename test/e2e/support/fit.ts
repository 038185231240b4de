/**
 * Does a screen fit its window? What an operator would notice at 1366×768: the page scrolling
 * sideways, a region scrolling sideways, something pushed past the right edge (even where an
 * `overflow: hidden` frame keeps the page from growing), text cut to "…" or squeezed to nothing, and the controls of the
 * moment (the hold's countdown, Confirm, the read-back, End call, the state pill) out of sight,
 * covered or on top of each other.
 */
import type { Locator, Page } from 'playwright-core';
import { offScreen } from './in-view';

export type KeyControl = { name: string; locator: Locator };

type Box = { x: number; y: number; width: number; height: number };

/** Everything on the page that does not fit the window's width, each described once (outermost first). */
export function widthProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = window.innerWidth;
    const pageOverflow = document.documentElement.scrollWidth - width;
    if (pageOverflow > 0) found.push(`the page is ${pageOverflow}px wider than the window (${width}px)`);
    const describe = (el: Element) => {
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      const text = (el as HTMLElement).innerText?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '';
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
    };
    // Screen-reader-only text (1×1, clipped) is not on screen; text squeezed to no width is.
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      return el.getBoundingClientRect().height > 2;
    };
    const all = Array.from(document.body.querySelectorAll('*'));
    // What is clipped away entirely (screen-reader-only text: `clip: rect(0 0 0 0)`) is not on screen.
    const clippedAway = all.filter((el) => {
      const style = getComputedStyle(el);
      return (style.clip !== 'auto' && style.position === 'absolute') || style.clipPath !== 'none';
    });
    const reported: Element[] = [...clippedAway];
    const insideReported = (el: Element) => reported.some((r) => r.contains(el));
    for (const el of all) {
      if (insideReported(el) || !shown(el)) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width > 2 && rect.right > width + 1 && style.position !== 'fixed') {
        found.push(`${describe(el)} reaches ${Math.round(rect.right)}px, past the window's ${width}px`);
        reported.push(el);
        continue;
      }
      const scrollsSideways =
        (style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
      if (scrollsSideways) {
        found.push(`${describe(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`);
        reported.push(el);
        continue;
      }
      // Shortened on purpose where the whole text is one hover away (a title) and said to screen readers.
      const cut =
        style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute('title');
      if (cut) {
        found.push(`${describe(el)} is cut to "…" (${el.scrollWidth}px of text in ${el.clientWidth}px)`);
        reported.push(el);
      }
    }
    return found;
  });
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

/** Each control whole on screen (inside the window and what clips it, not covered), and no two on each other. */
export async function controlProblems(page: Page, controls: KeyControl[]): Promise<string[]> {
  const found: string[] = [];
  const boxes: { name: string; box: Box }[] = [];
  for (const { name, locator } of controls) {
    const target = locator.first();
    if (!(await target.isVisible())) {
      found.push(`${name} is not shown`);
      continue;
    }
    const box = (await target.boundingBox())!;
    // Inside the window and every box around it that clips or scrolls, and not covered.
    const off = await offScreen(target);
    if (off) found.push(`${name} is not whole on screen: ${off}`);
    for (const other of boxes) if (overlap(box, other.box)) found.push(`${name} overlaps ${other.name}`);
    boxes.push({ name, box });
  }
  return found;
}
