import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixedClock } from "@/lib/clock";
import { localFolderStorage } from "@/lib/storage";
import { addComment } from "@/lib/tickets/comments";
import { openTicket } from "@/lib/tickets/open-ticket";
import { changeState } from "@/lib/tickets/state-changes";
import type { StateAction } from "@/lib/tickets/state-machine";
import { replayStory } from "@/prisma/demo/replay";
import type { Story } from "@/prisma/demo/story";
import { demoContext } from "@/prisma/seed-month";
import { demoWorld, type World } from "../factories";

const NOW = new Date("2026-03-11T18:00:00Z");
const HOUR = 3600_000;

/** A story with every kind of step the month's tickets take between opening and closing. */
const story: Story = {
  item: "gerid",
  by: "requester",
  answers: { motivo: "Problema", funcionalidade: "Acesso" },
  description: "Não consigo entrar no GERID.",
  openedHoursAgo: 50,
  steps: [
    { at: 1, do: "askForInfo", by: "analyst", text: "Qual a mensagem de erro?" },
    { at: 2, do: "comment", by: "requester", text: "Senha inválida." },
    { at: 3, do: "note", by: "analyst", text: "Cadastro bloqueado." },
    { at: 4, do: "resolve", by: "analyst", text: "Desbloqueado." },
    { at: 5, do: "reject", by: "requester", text: "Continua bloqueado." },
    { at: 6, do: "comment", by: "analyst", text: "Verificando de novo." },
    { at: 7, do: "resolve", by: "analyst", text: "Agora sim." },
    { at: 8, do: "accept", by: "requester" },
  ],
};

/** The same story through the services, with the rows after the opening and after each step. */
async function throughServices(world: World): Promise<Rows[]> {
  const opened = new Date(NOW.getTime() - story.openedHoursAgo * HOUR);
  const at = (hours: number) => fixedClock(new Date(opened.getTime() + hours * HOUR));
  const result = await openTicket(
    world.requester,
    { itemId: world.gerid.id, answers: story.answers, description: story.description },
    at(0),
  );
  if (!result.ok) throw new Error("not opened");
  const id = result.value.id;
  const snapshots = [await rowsOf(id)];
  const version = async () => (await db.ticket.findUniqueOrThrow({ where: { id } })).version;
  const who = { requester: world.requester, analyst: world.agent } as const;
  for (const step of story.steps) {
    const actor = who[(step as { by: "requester" | "analyst" }).by];
    const text = "text" in step ? step.text : undefined;
    const done =
      step.do === "comment" || step.do === "note"
        ? await addComment(
            actor,
            { ticketId: id, body: text, internal: step.do === "note" },
            at(step.at),
          )
        : await changeState(
            actor,
            { ticketId: id, version: await version(), action: step.do as StateAction, text },
            at(step.at),
          );
    if (!done.ok) throw new Error(`${step.do} refused`);
    snapshots.push(await rowsOf(id));
  }
  return snapshots;
}

type Rows = Awaited<ReturnType<typeof rowsOf>>;

async function rowsOf(id: string) {
  // Everything but the ticket's own id and number, which differ between the two tickets.
  const ticket = await db.ticket.findUniqueOrThrow({
    where: { id },
    omit: { id: true, number: true },
  });
  const events = await db.ticketEvent.findMany({
    where: { ticketId: id },
    orderBy: [{ createdAt: "asc" }, { type: "asc" }],
    select: {
      type: true,
      actorId: true,
      visibility: true,
      body: true,
      fromState: true,
      toState: true,
      data: true,
      createdAt: true,
    },
  });
  return { ticket, events };
}

describe("the demo's writer", () => {
  it(
    "writes the rows the ticket services write for the same steps (but no notifications)",
    { timeout: 120_000 },
    async () => {
      const world = await demoWorld();
      const storage = localFolderStorage("data/test-uploads-unused");
      const byServices = await throughServices(world);
      // The story cut after each step, written by the demo: every intermediate row must agree,
      // not only the last (a later step may overwrite a column an earlier one got wrong).
      for (const [count, expected] of byServices.entries()) {
        const prefix = { ...story, steps: story.steps.slice(0, count) };
        const byDemo = await db.$transaction((tx) =>
          demoContext(tx, { storage, now: NOW, storedKeys: [] }).then((ctx) =>
            replayStory(ctx, prefix),
          ),
        );
        expect(await rowsOf(byDemo), `after ${count} steps`).toEqual(expected);
      }
    },
  );
});
