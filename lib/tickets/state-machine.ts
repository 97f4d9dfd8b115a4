import { ACTION_PHRASES, ACTIVE_STATES, type TicketState } from "./states";

/**
 * The ticket state machine of product.md, as data plus pure functions. The services ask `decide`
 * before writing; the inputs ask `requiresText` what must be written (a reason, a solution);
 * the UI asks `availableActions` which buttons to show. There is no other copy of these rules.
 */

/** How the acting user relates to a ticket; one user may have several relations at once. */
export type Relation =
  | "requester" // opened it
  | "requestedFor" // "Requisitado para"
  | "follower" // "Quem pode acompanhar esta solicitação?"
  | "groupAgent" // an agent of the group the ticket is assigned to
  | "admin"
  | "manager" // "Gestor da organização": reads its tickets; no rule below lists it: acts on none
  | "system"; // scheduled jobs

export type TicketAction =
  | "start"
  | "waitForSupport"
  | "resume"
  | "askForInfo"
  | "infoReceived"
  | "resolve"
  | "accept"
  | "reject"
  | "cancel"
  | "autoClose"
  | "infoClose"
  | "comment"
  | "internalNote"
  | "addFollower"
  | "removeFollower"
  | "assign"
  | "transfer";

/** What an action must carry: a reason, a solution, or a message (its text, or files). */
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

const TABLE = {
  start: { from: ["OPEN"], to: "IN_PROGRESS", by: SUPPORT },
  waitForSupport: { from: ["IN_PROGRESS"], to: "AWAITING_SUPPORT", by: SUPPORT },
  resume: { from: ["AWAITING_SUPPORT", "AWAITING_INFO"], to: "IN_PROGRESS", by: SUPPORT },
  // The question is a public message to the customer side; the ticket waits for its answer.
  askForInfo: {
    from: ["OPEN", "IN_PROGRESS", "AWAITING_SUPPORT"],
    to: "AWAITING_INFO",
    by: SUPPORT,
    requires: "body",
  },
  // Fired by the comment service when the customer side answers (comments.ts).
  infoReceived: { from: ["AWAITING_INFO"], to: "IN_PROGRESS", by: ["system"] },
  resolve: { from: ["IN_PROGRESS"], to: "AWAITING_USER", by: SUPPORT, requires: "solution" },
  accept: { from: ["AWAITING_USER"], to: "CLOSED", by: CUSTOMER },
  reject: { from: ["AWAITING_USER"], to: "IN_PROGRESS", by: CUSTOMER, requires: "reason" },
  cancel: { from: ACTIVE_STATES, to: "CANCELLED", by: CUSTOMER, requires: "reason" },
  autoClose: { from: ["AWAITING_USER"], to: "CLOSED", by: ["system"] },
  // "Sem retorno do usuário": the information asked for never came (info-close.ts).
  infoClose: { from: ["AWAITING_INFO"], to: "CLOSED", by: ["system"] },
  comment: { from: ACTIVE_STATES, by: [...CUSTOMER, "follower", ...SUPPORT], requires: "body" },
  internalNote: { from: ACTIVE_STATES, by: SUPPORT, requires: "body" },
  addFollower: { from: ACTIVE_STATES, by: [...CUSTOMER, ...SUPPORT] },
  // A follower may remove only themself; the follower service checks whom.
  removeFollower: { from: ACTIVE_STATES, by: [...CUSTOMER, "follower", ...SUPPORT] },
  assign: { from: ACTIVE_STATES, by: SUPPORT },
  transfer: { from: ACTIVE_STATES, by: SUPPORT, requires: "reason" },
} as const satisfies Record<TicketAction, Rule>;

export const RULES: Readonly<Record<TicketAction, Rule>> = TABLE;

export const TICKET_ACTIONS = Object.keys(RULES) as TicketAction[];

/** The actions that require a text, as the table says (`requires`). */
export type TextAction = {
  [A in TicketAction]: (typeof TABLE)[A] extends { requires: Requirement } ? A : never;
}[TicketAction];

export function requiresText(action: TicketAction): action is TextAction {
  return RULES[action].requires !== undefined;
}

/** The actions a person takes to move a ticket to another state (the system's are the sweep's). */
export type StateAction = {
  [A in TicketAction]: (typeof TABLE)[A] extends { to: TicketState; by: infer By }
    ? By extends readonly "system"[]
      ? never
      : A
    : never;
}[TicketAction];

export const STATE_ACTIONS = TICKET_ACTIONS.filter(
  (action): action is StateAction =>
    RULES[action].to !== undefined && !RULES[action].by.includes("system"),
);

export type Decision =
  | { allowed: true; to: TicketState | undefined; requires: Requirement | undefined }
  | { allowed: false; reason: "forbidden" | "wrong-state"; message: string };

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
      message: `Você não tem permissão para ${ACTION_PHRASES[action]} nesta solicitação.`,
    };
  }
  if (!rule.from.includes(state)) {
    return {
      allowed: false,
      reason: "wrong-state",
      message: `Não é possível ${ACTION_PHRASES[action]} uma solicitação neste estado.`,
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
