import type { ReactNode } from "react";

/** A success message after a form is sent, announced politely to screen readers. */
export function FormStatus({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
      {children}
    </p>
  );
}

/** An error about the whole form (not one field), announced at once. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {children}
    </p>
  );
}
