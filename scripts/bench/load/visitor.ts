import crypto from "node:crypto";
import type { ActionIds } from "./actions";
import { clickRequest } from "./click";
import type { Analyst, Person, Requester } from "./people";

/**
 * What a signed-in person does in the portal, one request at a time: the page they open (a full
 * HTML load, or the RSC request a click on a link makes) or the form they send (a server action:
 * a POST to the page's address with the action's id, as the browser sends it).
 */
export type Call = {
  label: string;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Whether the answer is what the person expected (the page, or the action's `ok: true`). */
  check: (status: number, body: string) => boolean;
  /** Reads what the next steps need from the answer (the ticket's version). */
  observe?: (body: string) => void;
};

/** Half of the pages come from a click (RSC), half from a full load (address bar, new tab). */
const CLICK_SHARE = 0.5;

const page = (label: string, path: string, expect: string): Call => {
  const check = (status: number, body: string) => status === 200 && body.includes(expect);
  if (Math.random() < CLICK_SHARE) return { label, method: "GET", ...clickRequest(path), check };
  return { label, method: "GET", path, headers: { accept: "text/html" }, check };
};

function action(label: string, path: string, id: string, input: object, origin: string): Call {
  return {
    label,
    method: "POST",
    path,
    headers: {
      "next-action": id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin,
    },
    // React's encoding of a server action's arguments: the JSON array of them.
    body: JSON.stringify([input]),
    check: (status, body) => status === 200 && body.includes('"ok":true'),
  };
}

export class VirtualUser {
  private step = 0;
  private version = 0;
  private analystStates: string[] = [];

  constructor(
    readonly person: Person,
    readonly base: string,
    private readonly actions: ActionIds,
  ) {
    if (person.role === "analyst") this.analystStates = person.tickets.map(() => "IN_PROGRESS");
  }

  /** The next request of this person's round through the portal. */
  next(): Call {
    const call =
      this.person.role === "requester" ? this.requesterStep(this.person) : this.analystStep();
    this.step++;
    return call;
  }

  private requesterStep(p: Requester): Call {
    const steps = ["home", "list", "ticket", "comment", "filtered", "ticket", "item", "open"];
    const what = steps[this.step % steps.length]!;
    const round = Math.floor(this.step / steps.length);
    const item = `item${(round * 7 + Number(p.cpf.slice(6, 9))) % 50}`;
    const ticket = p.tickets[(this.step >> 2) % Math.max(1, p.tickets.length)];
    switch (what) {
      case "home":
        return page("requester home", "/", "Página Inicial");
      case "list":
        return page("Minhas Solicitações", "/solicitacoes", "Minhas Solicitações");
      case "filtered":
        return page("Minhas Solicitações, filtered", `/solicitacoes?estado=CLOSED`, "Minhas");
      case "item":
        return page("catalogue item form", `/catalogo/item/${item}`, "Motivo");
      case "open":
        return action(
          "open a ticket",
          `/catalogo/item/${item}`,
          this.actions.openRequest,
          {
            itemId: item,
            answers: { motivo: "Dúvida" },
            description: "Solicitação aberta pelo teste de carga.",
            submissionKey: crypto.randomUUID(),
          },
          this.base,
        );
      case "comment":
        // Nothing active to comment on: the person reads a ticket instead.
        if (!p.active) return page("ticket page", `/solicitacoes/${ticket}`, "Solicitação");
        return action(
          "post a comment",
          `/solicitacoes/${p.active.number}`,
          this.actions.comment,
          { ticketId: p.active.id, body: "Mensagem do teste de carga.", requestKey: key() },
          this.base,
        );
      default:
        return page("ticket page", `/solicitacoes/${ticket}`, "Solicitação");
    }
  }

  private analystStep(): Call {
    const p = this.person as Analyst;
    const steps = ["queue", "ticket", "note", "all", "ticket", "state"];
    const at = this.step % steps.length;
    const index = Math.floor(this.step / steps.length) % Math.max(1, p.tickets.length);
    const ticket = p.tickets[index];
    const what = ticket ? steps[at]! : "queue";
    switch (what) {
      case "all":
        return page("analyst queue, all", "/agente?fila=todos", "Todos os Tickets");
      case "ticket":
        return {
          ...page("analyst ticket page", `/solicitacoes/${ticket!.number}`, ticket!.number),
          observe: (body) => {
            const version = /version\\?":(\d+)/.exec(body);
            if (version) this.version = Number(version[1]);
          },
        };
      case "note":
        return action(
          "internal note",
          `/solicitacoes/${ticket!.number}`,
          this.actions.comment,
          { ticketId: ticket!.id, body: "Nota interna.", internal: true, requestKey: key() },
          this.base,
        );
      case "state": {
        const waiting = this.analystStates[index] === "AWAITING_SUPPORT";
        return {
          ...action(
            "state change",
            `/solicitacoes/${ticket!.number}`,
            this.actions.changeState,
            {
              ticketId: ticket!.id,
              version: this.version,
              action: waiting ? "resume" : "waitForSupport",
            },
            this.base,
          ),
          // Only a change that happened flips it (a 503 changed nothing).
          observe: () => {
            this.analystStates[index] = waiting ? "IN_PROGRESS" : "AWAITING_SUPPORT";
          },
        };
      }
      default:
        return page("analyst queue", "/agente?fila=ag-atendimento", "Ag. Atendimento");
    }
  }
}

const key = () => crypto.randomUUID();
