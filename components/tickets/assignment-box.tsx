"use client";

import { useState } from "react";
import { assignAction, transferOneAction } from "@/lib/tickets/ticket-actions";
import { FormAlert } from "@/components/ui/form-feedback";
import { useTicketAction } from "./use-ticket-action";

type Option = { id: string; name: string };
const field = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const action =
  "rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60";

/** "Responsável" (an agent of the group) and "Transferir" (another group, with a reason). */
export function AssignmentBox({
  ticketId,
  version,
  assigneeId,
  agents,
  groups,
  canAssign,
  canTransfer,
}: {
  ticketId: string;
  version: number;
  assigneeId: string | null;
  agents: Option[];
  groups: Option[];
  canAssign: boolean;
  canTransfer: boolean;
}) {
  const assign = useTicketAction();
  const transfer = useTicketAction();
  const [agent, setAgent] = useState(assigneeId ?? "");
  const [group, setGroup] = useState("");
  const [reason, setReason] = useState("");

  return (
    <div className="space-y-4 text-sm">
      {canAssign ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            assign.run(() =>
              assignAction({ ticketId, version, assigneeId: agent === "" ? null : agent }),
            );
          }}
          className="space-y-2"
        >
          <label className="block font-medium">
            Responsável
            <select value={agent} onChange={(e) => setAgent(e.target.value)} className={field}>
              <option value="">Ninguém</option>
              {agents.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={assign.pending} className={action}>
            Atribuir
          </button>
          {assign.error ? (
            <FormAlert>{assign.error.fields.assigneeId ?? assign.error.message}</FormAlert>
          ) : null}
        </form>
      ) : null}
      {canTransfer ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            transfer.run(
              () => transferOneAction({ ticketId, version, groupId: group, reason }),
              () => setReason(""),
            );
          }}
          className="space-y-2"
        >
          <label className="block font-medium">
            Transferir para o grupo
            <select value={group} onChange={(e) => setGroup(e.target.value)} className={field}>
              <option value="">Selecione</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block font-medium">
            Motivo da transferência
            <textarea
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={field}
            />
          </label>
          <button type="submit" disabled={transfer.pending} className={action}>
            Transferir
          </button>
          {transfer.error ? (
            <FormAlert>
              {transfer.error.fields.reason ??
                transfer.error.fields.groupId ??
                transfer.error.message}
            </FormAlert>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
