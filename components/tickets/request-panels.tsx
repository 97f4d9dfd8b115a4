import type { PortalTime } from "@/lib/time/portal-time";
import { STATE_LABELS } from "@/lib/tickets/states";
import type { TicketDetail } from "@/lib/tickets/ticket-detail";
import { AttachmentLink } from "@/components/attachments/attachment-link";
import { Panel } from "@/components/ui/panel";
import { Fact, FactList } from "./fact-list";
import { FollowersBox } from "./followers-box";

/**
 * What everyone who sees the ticket sees beside it: "Detalhes da Solicitação" (the request's
 * answers among them), "Acompanhamento" (followers) and "Anexos".
 */
export function RequestPanels({
  ticket,
  candidates,
  time,
}: {
  ticket: TicketDetail;
  /** Who may be added as a follower (names only); empty when this user may not add. */
  candidates: { id: string; name: string }[];
  time: PortalTime;
}) {
  const details: [string, string][] = [
    ["Número", ticket.number],
    ["Estado", ticket.state === "AWAITING_USER" ? "Resolvido" : STATE_LABELS[ticket.state]],
    ["Categoria", ticket.item.category.name],
    ["Serviço", ticket.item.title],
    ...ticket.answers.map((a): [string, string] => [a.label, [a.value].flat().join(", ")]),
    ["Requisitado para", ticket.requestedFor.name],
    ["Aberto em", time.dateTimeSeconds(ticket.createdAt)],
    ["Atualizado", time.relative(ticket.updatedAt)],
  ];
  const taken = new Set([ticket.requester.id, ticket.requestedFor.id]);
  return (
    <>
      <Panel title="Detalhes da Solicitação">
        <FactList>
          {details.map(([label, value]) => (
            <Fact key={label} label={label}>
              {value || "—"}
            </Fact>
          ))}
        </FactList>
      </Panel>
      <Panel title="Acompanhamento">
        <FollowersBox
          ticketId={ticket.id}
          followers={ticket.followers.map((f) => f.user)}
          candidates={candidates.filter((p) => !taken.has(p.id))}
          canAdd={ticket.actions.includes("addFollower")}
          canRemove={ticket.actions.includes("removeFollower")}
        />
      </Panel>
      <Panel title="Anexos">
        {ticket.attachments.length === 0 ? (
          <p className="text-sm text-slate-600">Não há anexos</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {ticket.attachments.map((file) => (
              <li key={file.id}>
                <AttachmentLink file={file} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
