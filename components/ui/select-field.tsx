import type { ComponentProps } from "react";

type Props = ComponentProps<"select"> & {
  id: string;
  label: string;
  error?: string;
  /** The first, empty choice ("Selecione", "Nenhuma"); none when a value is always chosen. */
  placeholder?: string;
  options: readonly (readonly [value: string, label: string])[];
};

/** A labelled list of choices with its error right below it, like FormField for inputs. */
export function SelectField({ id, label, error, placeholder, options, ...select }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
