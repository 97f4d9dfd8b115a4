import type { ComponentProps } from "react";
import { CONTROL, LabelledControl, describedBy } from "./form-field";

type Props = ComponentProps<"select"> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** The first, empty choice ("Selecione", "Nenhuma"); none when a value is always chosen. */
  placeholder?: string;
  options: readonly (readonly [value: string, label: string])[];
};

/** A labelled list of choices with its error right below it, like FormField for inputs. */
export function SelectField({ id, label, error, hint, placeholder, options, ...select }: Props) {
  return (
    <LabelledControl id={id} label={label} error={error} hint={hint} required={select.required}>
      <select
        id={id}
        {...describedBy(id, error, hint, select.required)}
        className={CONTROL}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}
