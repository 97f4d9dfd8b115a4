import type { UseFormReturn } from "react-hook-form";
import type { RequestFormOutput, RequestFormValues } from "@/lib/catalog/request-schema";
import { CONTROL } from "@/components/ui/form-field";

/** The request form as react-hook-form hands it to each part. */
export type RequestFormApi = UseFormReturn<RequestFormValues, unknown, RequestFormOutput>;

/** Values the user cannot change here (their e-mail, a fixed "Módulo"). */
export const READ_ONLY_INPUT = `${CONTROL} bg-slate-100 text-slate-700`;

/** The red asterisk of required fields (the form says once what it means). */
export function RequiredMark() {
  return (
    <span className="text-red-700" aria-hidden="true">
      {" "}
      *
    </span>
  );
}

/** A field's label, with the asterisk when required. */
export function Label({
  htmlFor,
  text,
  required,
}: {
  htmlFor: string;
  text: string;
  required?: boolean;
}) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium">
      {text}
      {required ? <RequiredMark /> : null}
    </label>
  );
}

export function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}
