import type { FieldPath } from "react-hook-form";
import type { FieldDefinition } from "@/lib/catalog/fields";
import type { RequestFormValues } from "@/lib/catalog/request-schema";
import { CONTROL } from "@/components/ui/form-field";
import { ErrorText, Label, READ_ONLY_INPUT, RequiredMark, type RequestFormApi } from "./form-parts";
import type { PickableUser } from "./user-picker";

/** One of the catalogue item's own fields, drawn by its type. */
export function ItemField({
  field,
  form,
  people,
  error,
}: {
  field: FieldDefinition;
  form: RequestFormApi;
  people: PickableUser[];
  error?: string;
}) {
  const id = `answers-${field.key}`;
  const name = `answers.${field.key}` as FieldPath<RequestFormValues>;
  const described = [error ? `${id}-error` : "", field.helpText ? `${id}-help` : ""]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    className: CONTROL,
    "aria-invalid": !!error,
    "aria-required": field.required,
    "aria-describedby": described || undefined,
  };
  const help = field.helpText ? (
    <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
      {field.helpText}
    </p>
  ) : null;

  if (field.type === "MULTISELECT") {
    return (
      <fieldset aria-describedby={described || undefined}>
        <legend className="text-sm font-medium">
          {field.label}
          {field.required ? <RequiredMark /> : null}
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {field.options.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={option} {...form.register(name)} />
              {option}
            </label>
          ))}
        </div>
        {help}
        <ErrorText id={`${id}-error`} message={error} />
      </fieldset>
    );
  }

  return (
    <div>
      <Label htmlFor={id} text={field.label} required={field.required} />
      {field.type === "FIXED" ? (
        <input {...common} className={READ_ONLY_INPUT} readOnly value={field.fixedValue ?? ""} />
      ) : field.type === "SELECT" || field.type === "USER" ? (
        <select {...common} {...form.register(name)}>
          <option value="">Selecione</option>
          {(field.type === "SELECT"
            ? field.options.map((option) => ({ id: option, name: option }))
            : people
          ).map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      ) : field.type === "TEXTAREA" ? (
        <textarea {...common} rows={4} {...form.register(name)} />
      ) : (
        <input
          {...common}
          type={field.type === "PHONE" ? "tel" : "text"}
          {...form.register(name)}
        />
      )}
      {help}
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}
