"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ServiceResult } from "@/lib/result";
import { applyServerErrors } from "@/components/ui/server-errors";

/**
 * The admin pages' "list beside an editor": a react-hook-form checked with the schema the
 * service re-checks, "Editar" loads a record into it, saving sends it with its id (none for a
 * new one), shows refusals next to the fields and reloads the list on success.
 */
export function useRecordEditor<V extends FieldValues, R extends V & { id: string }>(options: {
  schema: z.ZodType<unknown, V>;
  empty: V;
  save: (id: string | undefined, values: V) => Promise<ServiceResult<unknown>>;
  /** The path prefix of the server's field errors ("values." when the action nests them). */
  errorPrefix?: string;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<R | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<V>({
    resolver: zodResolver(options.schema) as unknown as Resolver<V>,
    defaultValues: options.empty as DefaultValues<V>,
  });
  const edit = (row: R | null) => {
    setEditing(row);
    setAlert(null);
    form.reset((row ?? options.empty) as V);
  };
  const onSubmit = form.handleSubmit(async () => {
    const result = await options.save(editing?.id, form.getValues());
    if (!result.ok) return setAlert(applyServerErrors(result, form.setError, options.errorPrefix));
    edit(null);
    router.refresh();
  });
  const message = (name: keyof V & string) =>
    form.formState.errors[name]?.message as string | undefined;
  return { form, editing, edit, alert, setAlert, onSubmit, message };
}
