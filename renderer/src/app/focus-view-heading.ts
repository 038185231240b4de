/**
 * After a lead switches views, the focus goes to the new view's heading (its first panel's title),
 * so the keyboard and the screen reader start on what was asked for instead of on the page body.
 * The view renders on the next frames; a few are waited for.
 */
export function focusViewHeading(container: () => HTMLElement | null, frames = 10): void {
  requestAnimationFrame(() => {
    const heading = Array.from(container()?.querySelectorAll<HTMLElement>('h1, h2') ?? []).find(
      (el) => el.offsetParent !== null,
    );
    if (!heading) {
      if (frames > 0) focusViewHeading(container, frames - 1);
      return;
    }
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  });
}
