import type { ComponentProps, ReactNode } from "react";

/** The look of every form control, red-bordered while its value is refused. */
export const CONTROL =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";

type Labelled = {
  id: string;
  label: string;
  error?: string;
  /** A line that helps fill the field, below it and read with it. */
  hint?: string;
  /** Marked with the asterisk that RequiredLegend explains, and aria-required. */
  required?: boolean;
};

/** A control's attributes that tie it to its hint and error message, for screen readers. */
export const describedBy = (id: string, error?: string, hint?: string, required?: boolean) => ({
  "aria-invalid": !!error,
  "aria-required": required || undefined,
  "aria-describedby":
    [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined,
});

/** "* Indica campo obrigatório": said once per form that marks required fields. */
export function RequiredLegend() {
  return <p className="text-sm text-slate-700">* Indica campo obrigatório</p>;
}

/** A label above its control, then the control's hint and error. */
export function LabelledControl({
  id,
  label,
  error,
  hint,
  required,
  children,
}: Labelled & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its error right below it, announced to screen readers. */
export function FormField({
  id,
  label,
  error,
  hint,
  required,
  ...input
}: ComponentProps<"input"> & Labelled) {
  return (
    <LabelledControl id={id} label={label} error={error} hint={hint} required={required}>
      <input
        id={id}
        required={required}
        {...describedBy(id, error, hint, required)}
        className={CONTROL}
        {...input}
      />
    </LabelledControl>
  );
}

/** The same for longer text. */
export function TextAreaField({
  id,
  label,
  error,
  hint,
  required,
  ...textarea
}: ComponentProps<"textarea"> & Labelled) {
  return (
    <LabelledControl id={id} label={label} error={error} hint={hint} required={required}>
      <textarea
        id={id}
        rows={4}
        required={required}
        {...describedBy(id, error, hint, required)}
        className={CONTROL}
        {...textarea}
      />
    </LabelledControl>
  );
}
