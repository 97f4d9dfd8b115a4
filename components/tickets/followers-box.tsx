"use client";

import { addFollowerAction, removeFollowerAction } from "@/lib/tickets/ticket-actions";
import { FormAlert } from "@/components/ui/form-feedback";
import { UserPicker, type PickableUser } from "@/components/requests/user-picker";
import { useTicketAction } from "./use-ticket-action";

/** "Acompanhamento": who follows the ticket; people of its organization can be added or removed. */
export function FollowersBox({
  ticketId,
  followers,
  candidates,
  canAdd,
  canRemove,
}: {
  ticketId: string;
  followers: PickableUser[];
  candidates: PickableUser[];
  canAdd: boolean;
  canRemove: boolean;
}) {
  const { run, pending, error } = useTicketAction();
  const empty = "Nenhum outro usuário está acompanhando esta solicitação";

  if (!canAdd) {
    return followers.length === 0 ? (
      <p className="text-sm text-slate-600">{empty}</p>
    ) : (
      <ul className="space-y-1 text-sm">
        {followers.map((f) => (
          <li key={f.id}>{f.name}</li>
        ))}
      </ul>
    );
  }
  return (
    <div className="space-y-2">
      <UserPicker
        candidates={candidates}
        chosen={followers}
        disabled={pending}
        emptyText={empty}
        onAdd={(user) => run(() => addFollowerAction({ ticketId, userId: user.id }))}
        onRemove={(user) =>
          canRemove ? run(() => removeFollowerAction({ ticketId, userId: user.id })) : undefined
        }
      />
      {error ? <FormAlert>{error.fields.userId ?? error.message}</FormAlert> : null}
    </div>
  );
}
