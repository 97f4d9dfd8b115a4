import type { ComponentProps, ReactNode } from "react";

/** The look of every form control, red-bordered while its value is refused. */
export const CONTROL =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

type Labelled = { id: string; label: string; error?: string };

/** A control's attributes that tie it to its error message, for screen readers. */
export const describedBy = (id: string, error?: string) => ({
  "aria-invalid": !!error,
  "aria-describedby": error ? `${id}-error` : undefined,
});

/** A label above its control, and the control's error right below it. */
export function LabelledControl({
  id,
  label,
  error,
  children,
}: Labelled & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its error right below it, announced to screen readers. */
export function FormField({ id, label, error, ...input }: ComponentProps<"input"> & Labelled) {
  return (
    <LabelledControl id={id} label={label} error={error}>
      <input id={id} {...describedBy(id, error)} className={CONTROL} {...input} />
    </LabelledControl>
  );
}

/** The same for longer text. */
export function TextAreaField({
  id,
  label,
  error,
  ...textarea
}: ComponentProps<"textarea"> & Labelled) {
  return (
    <LabelledControl id={id} label={label} error={error}>
      <textarea id={id} rows={4} {...describedBy(id, error)} className={CONTROL} {...textarea} />
    </LabelledControl>
  );
}
