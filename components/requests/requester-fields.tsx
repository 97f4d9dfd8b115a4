import { Controller } from "react-hook-form";
import { CONTROL } from "@/components/ui/form-field";
import { ErrorText, Label, READ_ONLY_INPUT, type RequestFormApi } from "./form-parts";
import { useContact } from "./use-contact";
import { UserPicker, type PickableUser } from "./user-picker";

/** The signed-in requester, with the contact the form shows read-only. */
export type FormUser = PickableUser & { email: string; phone: string | null };

/**
 * "Dados do solicitante": who the request is for (with their contact, read-only), who may
 * follow it, and an extra phone.
 */
export function RequesterFields({
  form,
  me,
  colleagues,
  people,
  requestedForId,
}: {
  form: RequestFormApi;
  me?: FormUser;
  colleagues: PickableUser[];
  /** Everyone who may be named: the signed-in requester first, when there is one. */
  people: PickableUser[];
  requestedForId: string | undefined;
}) {
  const { register, control, formState } = form;
  const errors = formState.errors;
  const requestedFor = useContact(requestedForId || undefined, me);

  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold text-slate-700">Dados do solicitante</legend>
      <div>
        <Label htmlFor="requestedForId" text="Requisitado para" required />
        <select
          id="requestedForId"
          className={CONTROL}
          aria-invalid={!!errors.requestedForId}
          aria-describedby="requestedForId-error"
          {...register("requestedForId")}
        >
          {me ? null : <option value="">Selecione</option>}
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
        <ErrorText id="requestedForId-error" message={errors.requestedForId?.message} />
      </div>
      <div className="grid gap-4 @md:grid-cols-2">
        <div>
          <Label htmlFor="email" text="E-mail" />
          <input
            id="email"
            className={READ_ONLY_INPUT}
            readOnly
            value={requestedFor?.email ?? ""}
          />
        </div>
        <div>
          <Label htmlFor="phone" text="Telefone" />
          <input
            id="phone"
            className={READ_ONLY_INPUT}
            readOnly
            value={requestedFor?.phone ?? ""}
          />
        </div>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Quem pode acompanhar esta solicitação?</legend>
        <Controller
          control={control}
          name="followerIds"
          render={({ field }) => (
            <div className="mt-1">
              <UserPicker
                candidates={colleagues.filter((c) => c.id !== requestedForId)}
                chosen={colleagues.filter((c) => field.value.includes(c.id))}
                onAdd={(user) => field.onChange([...field.value, user.id])}
                onRemove={(user) => field.onChange(field.value.filter((id) => id !== user.id))}
                emptyText="Ninguém além de você e de quem recebe a solicitação."
              />
            </div>
          )}
        />
        <ErrorText id="followerIds-error" message={errors.followerIds?.message} />
      </fieldset>
      <div>
        <Label htmlFor="contactPhone" text="Telefone Adicional" />
        <input
          id="contactPhone"
          type="tel"
          autoComplete="tel"
          className={CONTROL}
          aria-invalid={!!errors.contactPhone}
          aria-describedby="contactPhone-error"
          {...register("contactPhone")}
        />
        <ErrorText id="contactPhone-error" message={errors.contactPhone?.message} />
      </div>
    </fieldset>
  );
}
