/**
 * One process of the creation benchmark (create-writers.ts), with its own database connection,
 * as a portal process: `writers` concurrent writers in it open tickets through the service the
 * "Enviar" action calls, each one after another. Told its requesters and items, it loads them,
 * opens `warmUp` tickets, says "ready", waits for "go", opens its `count` tickets and answers the
 * processor time it spent, or why it stopped.
 */
type Order = {
  requesterIds: string[];
  itemIds: string[];
  count: number;
  writers: number;
  offset: number;
  warmUp: number;
};

const send = (message: unknown) => process.send!(message);

process.once("message", async (order: Order) => {
  const { loadActor } = await import("../../../lib/tickets/actor");
  const { openTicket } = await import("../../../lib/tickets/open-ticket");
  const { db } = await import("../../../lib/db");
  const actors = await Promise.all(order.requesterIds.map((id) => loadActor(id)));
  const open = async (i: number) => {
    const result = await openTicket(actors[i % actors.length]!, {
      itemId: order.itemIds[i % order.itemIds.length]!,
      answers: { motivo: "Problema" },
      description: "Criada pelo benchmark.",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
  };
  // A portal process has served requests before this one: its connection is open and its code
  // compiled (cold writers spent 5.8 ms of processor time per ticket, warmed ones 4.6–5.0).
  for (let n = 0; n < order.warmUp; n++) await open(order.offset + n);
  process.once("message", async () => {
    const cpu = process.cpuUsage();
    try {
      const each = order.count / order.writers;
      await Promise.all(
        Array.from({ length: order.writers }, async (_, w) => {
          for (let n = 0; n < each; n++) await open(order.offset + w * each + n);
        }),
      );
      const { user, system } = process.cpuUsage(cpu);
      send({ cpuMs: (user + system) / 1000 });
    } catch (error) {
      send({ error: error instanceof Error ? error.message : String(error) });
    }
    await db.$disconnect();
    process.exit(0);
  });
  send("ready");
});
