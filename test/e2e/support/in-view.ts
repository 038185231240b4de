/**
 * Is something on screen as a person sees it: wholly inside the window, inside every box around it
 * that clips or scrolls (a panel that scrolls by itself, a list with its own scrollbar), and not
 * covered at its centre. Null when it is; else what is wrong, for the assertion's message.
 */
import type { Locator } from 'playwright-core';

export function offScreen(locator: Locator): Promise<string | null> {
  return locator.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return 'it has no size';
    const describe = (box: Element) =>
      `<${box.tagName.toLowerCase()}${typeof box.className === 'string' && box.className ? `.${box.className.trim().split(/\s+/).join('.')}` : ''}>`;
    const inside = (outer: DOMRect) =>
      rect.top >= outer.top - 1 &&
      rect.bottom <= outer.bottom + 1 &&
      rect.left >= outer.left - 1 &&
      rect.right <= outer.right + 1;
    if (!inside(new DOMRect(0, 0, window.innerWidth, window.innerHeight)))
      return `it is at y ${Math.round(rect.top)}–${Math.round(rect.bottom)}, outside the ${window.innerHeight}px window`;
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
      if (!inside(box.getBoundingClientRect()))
        return `${describe(box)} cuts it off (it is at y ${Math.round(rect.top)}–${Math.round(rect.bottom)}, the box ${Math.round(box.getBoundingClientRect().top)}–${Math.round(box.getBoundingClientRect().bottom)})`;
    }
    const atCentre = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (atCentre && !el.contains(atCentre) && !atCentre.contains(el))
      return `${describe(atCentre)} covers it`;
    return null;
  });
}
