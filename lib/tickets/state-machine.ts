import { ACTIVE_STATES, type TicketState } from "./states";

/**
 * The ticket state machine of product.md, as data plus two pure functions. The services ask
 * `decide` before writing; the UI asks `availableActions` which buttons to show. There is no
 * other copy of these rules.
 */

/** How the acting user relates to a ticket; one user may have several relations at once. */
export type Relation =
  | "requester" // opened it
  | "requestedFor" // "Requisitado para"
  | "follower" // "Quem pode acompanhar esta solicitação?"
  | "groupAgent" // an agent of the group the ticket is assigned to
  | "admin"
  | "system"; // scheduled jobs

export type TicketAction =
  | "start"
  | "waitForSupport"
  | "resume"
  | "resolve"
  | "accept"
  | "reject"
  | "cancel"
  | "autoClose"
  | "comment"
  | "internalNote"
  | "addFollower"
  | "removeFollower"
  | "assign"
  | "transfer";

export type Requirement = "reason" | "solution" | "body";

type Rule = {
  from: readonly TicketState[];
  /** The state after the action; absent when the action does not change the state. */
  to?: TicketState;
  by: readonly Relation[];
  requires?: Requirement;
};

const CUSTOMER: readonly Relation[] = ["requester", "requestedFor"];
const SUPPORT: readonly Relation[] = ["groupAgent", "admin"];

export const RULES: Record<TicketAction, Rule> = {
  start: { from: ["OPEN"], to: "IN_PROGRESS", by: SUPPORT },
  waitForSupport: { from: ["IN_PROGRESS"], to: "AWAITING_SUPPORT", by: SUPPORT },
  resume: { from: ["AWAITING_SUPPORT"], to: "IN_PROGRESS", by: SUPPORT },
  resolve: { from: ["IN_PROGRESS"], to: "AWAITING_USER", by: SUPPORT, requires: "solution" },
  accept: { from: ["AWAITING_USER"], to: "CLOSED", by: CUSTOMER },
  reject: { from: ["AWAITING_USER"], to: "IN_PROGRESS", by: CUSTOMER, requires: "reason" },
  cancel: { from: ACTIVE_STATES, to: "CANCELLED", by: CUSTOMER, requires: "reason" },
  autoClose: { from: ["AWAITING_USER"], to: "CLOSED", by: ["system"] },
  comment: { from: ACTIVE_STATES, by: [...CUSTOMER, "follower", ...SUPPORT], requires: "body" },
  internalNote: { from: ACTIVE_STATES, by: SUPPORT, requires: "body" },
  addFollower: { from: ACTIVE_STATES, by: [...CUSTOMER, ...SUPPORT] },
  // A follower may remove only themself; the follower service checks whom.
  removeFollower: { from: ACTIVE_STATES, by: [...CUSTOMER, "follower", ...SUPPORT] },
  assign: { from: ACTIVE_STATES, by: SUPPORT },
  transfer: { from: ACTIVE_STATES, by: SUPPORT, requires: "reason" },
};

export const TICKET_ACTIONS = Object.keys(RULES) as TicketAction[];

export type Decision =
  | { allowed: true; to: TicketState | undefined; requires: Requirement | undefined }
  | { allowed: false; reason: "forbidden" | "wrong-state"; message: string };

const ACTION_LABELS: Record<TicketAction, string> = {
  start: "iniciar o atendimento",
  waitForSupport: "aguardar suporte",
  resume: "retomar o atendimento",
  resolve: "resolver",
  accept: "aceitar a solução",
  reject: "rejeitar a solução",
  cancel: "cancelar",
  autoClose: "fechar automaticamente",
  comment: "comentar",
  internalNote: "escrever nota interna",
  addFollower: "adicionar acompanhante",
  removeFollower: "remover acompanhante",
  assign: "atribuir",
  transfer: "transferir",
};

export function decide(
  action: TicketAction,
  state: TicketState,
  relations: ReadonlySet<Relation>,
): Decision {
  const rule = RULES[action];
  if (!rule.by.some((relation) => relations.has(relation))) {
    return {
      allowed: false,
      reason: "forbidden",
      message: `Você não tem permissão para ${ACTION_LABELS[action]} nesta solicitação.`,
    };
  }
  if (!rule.from.includes(state)) {
    return {
      allowed: false,
      reason: "wrong-state",
      message: `Não é possível ${ACTION_LABELS[action]} uma solicitação neste estado.`,
    };
  }
  return { allowed: true, to: rule.to, requires: rule.requires };
}

/** The actions this user may take on a ticket in this state, in the order of TICKET_ACTIONS. */
export function availableActions(
  state: TicketState,
  relations: ReadonlySet<Relation>,
): TicketAction[] {
  return TICKET_ACTIONS.filter((action) => decide(action, state, relations).allowed);
}
