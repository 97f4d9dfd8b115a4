/**
 * The small icons that go with a state's text (never instead of it): with the text, a state is
 * told apart without its colour (WCAG 1.4.1), in high contrast too. Decorative for screen
 * readers, which read the text.
 */
const PATHS = {
  new: "M12 5v14M5 12h14",
  progress: "M8 5l11 7-11 7z",
  paused: "M9 5v14M15 5v14",
  waiting: "M12 7v5l3 3M12 21a9 9 0 110-18 9 9 0 010 18z",
  question: "M9 9a3 3 0 116 0c0 2-3 2.5-3 4.5M12 18v.5",
  done: "M5 12l5 5 9-10",
  stopped: "M6 6l12 12M18 6L6 18",
  warning: "M12 3l9 17H3zM12 10v4M12 17v.5",
} as const;

export type StatusIconName = keyof typeof PATHS;

export function StatusIcon({ name }: { name: StatusIconName }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="inline-block h-3.5 w-3.5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
