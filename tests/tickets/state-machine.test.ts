import { describe, expect, it } from "vitest";
import {
  STATE_ACTIONS,
  TICKET_ACTIONS,
  availableActions,
  decide,
  requiresText,
  type Relation,
  type TicketAction,
} from "@/lib/tickets/state-machine";
import {
  ACTION_BUTTONS,
  MISSING_TEXTS,
  TEXT_DIALOGS,
  TICKET_STATES,
  type TicketState,
} from "@/lib/tickets/states";

const RELATIONS: Relation[] = [
  "requester",
  "requestedFor",
  "follower",
  "groupAgent",
  "admin",
  "system",
];
const ACTIVE: TicketState[] = [
  "OPEN",
  "IN_PROGRESS",
  "AWAITING_SUPPORT",
  "AWAITING_USER",
  "AWAITING_INFO",
];

/**
 * product.md's rules written out independently of the implementation's table: for each action,
 * the states it applies to, who may fire it and the state it leads to.
 */
const EXPECTED: Record<TicketAction, { from: TicketState[]; by: Relation[]; to?: TicketState }> = {
  start: { from: ["OPEN"], by: ["groupAgent", "admin"], to: "IN_PROGRESS" },
  waitForSupport: { from: ["IN_PROGRESS"], by: ["groupAgent", "admin"], to: "AWAITING_SUPPORT" },
  resume: {
    from: ["AWAITING_SUPPORT", "AWAITING_INFO"],
    by: ["groupAgent", "admin"],
    to: "IN_PROGRESS",
  },
  askForInfo: {
    from: ["OPEN", "IN_PROGRESS", "AWAITING_SUPPORT"],
    by: ["groupAgent", "admin"],
    to: "AWAITING_INFO",
  },
  // The customer side's answer, fired by the comment service as the system.
  infoReceived: { from: ["AWAITING_INFO"], by: ["system"], to: "IN_PROGRESS" },
  resolve: { from: ["IN_PROGRESS"], by: ["groupAgent", "admin"], to: "AWAITING_USER" },
  accept: { from: ["AWAITING_USER"], by: ["requester", "requestedFor"], to: "CLOSED" },
  reject: { from: ["AWAITING_USER"], by: ["requester", "requestedFor"], to: "IN_PROGRESS" },
  cancel: { from: ACTIVE, by: ["requester", "requestedFor"], to: "CANCELLED" },
  autoClose: { from: ["AWAITING_USER"], by: ["system"], to: "CLOSED" },
  infoClose: { from: ["AWAITING_INFO"], by: ["system"], to: "CLOSED" },
  comment: { from: ACTIVE, by: ["requester", "requestedFor", "follower", "groupAgent", "admin"] },
  internalNote: { from: ACTIVE, by: ["groupAgent", "admin"] },
  addFollower: { from: ACTIVE, by: ["requester", "requestedFor", "groupAgent", "admin"] },
  removeFollower: {
    from: ACTIVE,
    by: ["requester", "requestedFor", "follower", "groupAgent", "admin"],
  },
  assign: { from: ACTIVE, by: ["groupAgent", "admin"] },
  transfer: { from: ACTIVE, by: ["groupAgent", "admin"] },
};

const cases = TICKET_STATES.flatMap((state) =>
  TICKET_ACTIONS.flatMap((action) =>
    RELATIONS.map((relation) => [state, action, relation] as const),
  ),
);

describe("state machine", () => {
  it("covers every action of product.md", () => {
    expect([...TICKET_ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)("%s / %s / %s", (state, action, relation) => {
    const expected = EXPECTED[action];
    const decision = decide(action, state, new Set([relation]));
    if (!expected.by.includes(relation)) {
      expect(decision).toMatchObject({ allowed: false, reason: "forbidden" });
    } else if (!expected.from.includes(state)) {
      expect(decision).toMatchObject({ allowed: false, reason: "wrong-state" });
    } else {
      expect(decision).toMatchObject({ allowed: true, to: expected.to });
    }
    if (!decision.allowed) expect(decision.message.length).toBeGreaterThan(10);
  });

  it("refuses everything to someone without a relation to the ticket", () => {
    for (const state of TICKET_STATES) expect(availableActions(state, new Set())).toEqual([]);
  });

  it("allows nothing on closed and cancelled tickets", () => {
    const everyone = new Set(RELATIONS);
    expect(availableActions("CLOSED", everyone)).toEqual([]);
    expect(availableActions("CANCELLED", everyone)).toEqual([]);
  });

  it("names what cancel, reject, resolve and transfer require", () => {
    const requires = (action: TicketAction, state: TicketState, relation: Relation) => {
      const decision = decide(action, state, new Set([relation]));
      return decision.allowed ? decision.requires : "refused";
    };
    expect(requires("cancel", "OPEN", "requester")).toBe("reason");
    expect(requires("reject", "AWAITING_USER", "requestedFor")).toBe("reason");
    expect(requires("resolve", "IN_PROGRESS", "groupAgent")).toBe("solution");
    expect(requires("askForInfo", "IN_PROGRESS", "groupAgent")).toBe("body");
    expect(requires("transfer", "OPEN", "admin")).toBe("reason");
    expect(requires("accept", "AWAITING_USER", "requester")).toBeUndefined();
  });

  it("words exactly the actions the table gives a text, a button or a dialog", () => {
    // The dictionary's keys are checked by the compiler against types read from the table; these
    // check that the lists read from the table at run time say the same.
    expect(STATE_ACTIONS).toEqual(Object.keys(ACTION_BUTTONS));
    expect(TICKET_ACTIONS.filter(requiresText).sort()).toEqual(Object.keys(MISSING_TEXTS).sort());
    expect(STATE_ACTIONS.filter(requiresText)).toEqual(Object.keys(TEXT_DIALOGS));
    expect(STATE_ACTIONS).toEqual([
      "start",
      "waitForSupport",
      "resume",
      "askForInfo",
      "resolve",
      "accept",
      "reject",
      "cancel",
    ]);
  });

  it("lists the actions a user sees, combining their relations", () => {
    expect(availableActions("AWAITING_USER", new Set(["requester"]))).toEqual([
      "accept",
      "reject",
      "cancel",
      "comment",
      "addFollower",
      "removeFollower",
    ]);
    expect(availableActions("OPEN", new Set(["follower"]))).toEqual(["comment", "removeFollower"]);
    // Waiting for the requester: support may resume, the customer side answers by writing.
    expect(availableActions("AWAITING_INFO", new Set(["groupAgent"]))).toEqual([
      "resume",
      "comment",
      "internalNote",
      "addFollower",
      "removeFollower",
      "assign",
      "transfer",
    ]);
    expect(availableActions("AWAITING_INFO", new Set(["requester"]))).toEqual([
      "cancel",
      "comment",
      "addFollower",
      "removeFollower",
    ]);
    expect(availableActions("IN_PROGRESS", new Set(["groupAgent"]))).toEqual([
      "waitForSupport",
      "askForInfo",
      "resolve",
      "comment",
      "internalNote",
      "addFollower",
      "removeFollower",
      "assign",
      "transfer",
    ]);
  });
});
