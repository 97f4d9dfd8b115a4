"use client";

import { useController, type Control } from "react-hook-form";
import type { ManagedCandidate } from "@/lib/admin/manager-rule";
import type { UserFormValues } from "@/lib/admin/user-schema";

/**
 * "Gestor da organização": the organizations whose every ticket this requester may read, among
 * those the rule offers (their own; a state's requester, also its municipalities). Controlled
 * checkboxes: a lone checkbox registered by react-hook-form would give a string, not a list.
 */
export function ManagedOrganizationsField({
  control,
  choices,
  error,
}: {
  control: Control<UserFormValues, unknown, unknown>;
  choices: ManagedCandidate[];
  error?: string;
}) {
  const { field } = useController({ control, name: "managedOrganizationIds" });
  const checked = field.value ?? [];
  const toggle = (id: string, on: boolean) =>
    field.onChange(on ? [...checked, id] : checked.filter((value) => value !== id));
  if (choices.length === 0) return null;
  return (
    <fieldset>
      <legend className="text-sm font-medium">Gestor da organização</legend>
      <p className="text-sm text-slate-600">
        O gestor vê todas as solicitações das organizações marcadas, sem poder agir nelas.
      </p>
      <div className="mt-1 flex flex-wrap gap-4">
        {choices.map((o) => (
          <label key={o.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={checked.includes(o.id)}
              onChange={(event) => toggle(o.id, event.target.checked)}
              onBlur={field.onBlur}
            />
            {o.name}
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
