"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ServiceResult } from "@/lib/result";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useRequestKey } from "./use-request-key";

/** What an admin editor sends its save action (lib/admin/admin-action.ts, savedForm). */
export type SavedForm<V> = { key: string; id?: string; values: V };
/** Where the action's field errors about the form's values are: "values.name" is "name". */
export const SAVED_VALUES = "values.";

/**
 * The admin pages' "list beside an editor": a react-hook-form checked with the schema its action
 * parses again, "Editar" loads a record into it, saving sends it with its id (none for a
 * new one) and the form's request key, shows refusals next to the fields and reloads the list
 * on success.
 */
export function useRecordEditor<V extends FieldValues, R extends V & { id: string }>(options: {
  schema: z.ZodType<unknown, V>;
  empty: V;
  save: (input: SavedForm<V>) => Promise<ServiceResult<unknown>>;
}) {
  const router = useRouter();
  const request = useRequestKey();
  const [editing, setEditing] = useState<R | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<V>({
    resolver: zodResolver(options.schema) as unknown as Resolver<V>,
    defaultValues: options.empty as DefaultValues<V>,
  });
  const edit = (row: R | null) => {
    setEditing(row);
    setAlert(null);
    // Only the form's own fields: the schemas are strict, and a row also carries its id and counts.
    const values = Object.fromEntries(
      Object.keys(options.empty).map((name) => [name, (row ?? options.empty)[name]]),
    );
    form.reset(values as V);
  };
  const onSubmit = form.handleSubmit(async () => {
    const result = await options.save({
      key: request.key,
      id: editing?.id,
      values: form.getValues(),
    });
    if (!result.ok) return setAlert(applyServerErrors(result, form.setError, SAVED_VALUES));
    request.renew();
    edit(null);
    router.refresh();
  });
  const message = (name: keyof V & string) =>
    form.formState.errors[name]?.message as string | undefined;
  return { form, editing, edit, alert, setAlert, onSubmit, message };
}
