/**
 * After a refused submit, focus goes to the first refused field on the page, in reading order
 * (WCAG 3.3.1): its label and its error (aria-describedby) are read at once. Waits two frames,
 * for the fields to be drawn with their errors.
 */
export function focusFirstInvalid(root: ParentNode = document) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      root.querySelector<HTMLElement>("[aria-invalid='true']:not([type=hidden])")?.focus(),
    ),
  );
}
