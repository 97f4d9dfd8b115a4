import type { ReactNode } from "react";

/** The primary button of a form, disabled while it is being sent (no double submission). */
export function SubmitButton({
  pending = false,
  wide,
  children,
}: {
  /** Being sent; a search form's GET needs none. */
  pending?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`${wide ? "w-full " : ""}rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60`}
    >
      {children}
    </button>
  );
}
