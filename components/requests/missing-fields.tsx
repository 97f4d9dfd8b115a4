import type { FieldDefinition } from "@/lib/catalog/fields";
import type { RequestFormValues } from "@/lib/catalog/request-schema";
import type { DeepPartial } from "react-hook-form";

/** The labels of the required fields still empty ("Descrição" included). */
function missingLabels(fields: FieldDefinition[], values: DeepPartial<RequestFormValues>) {
  return [
    ...fields
      .filter((field) => field.required && field.type !== "FIXED")
      .filter((field) => {
        const value = values.answers?.[field.key];
        return Array.isArray(value) ? value.length === 0 : !String(value ?? "").trim();
      })
      .map((field) => field.label),
    ...(values.description?.trim() ? [] : ["Descrição"]),
  ];
}

/** "Informações necessárias": beside the form, what is still to fill, as the user fills it. */
export function MissingFields({
  fields,
  values,
}: {
  fields: FieldDefinition[];
  values: DeepPartial<RequestFormValues>;
}) {
  const missing = missingLabels(fields, values);
  return (
    <aside
      aria-labelledby="necessarias"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="necessarias" className="font-semibold">
        Informações necessárias
      </h2>
      {missing.length === 0 ? (
        <p className="mt-2 text-sm text-green-800">Tudo preenchido.</p>
      ) : (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {missing.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
