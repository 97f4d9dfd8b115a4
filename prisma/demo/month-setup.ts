/**
 * The month's setting, written before its tickets: the two municipalities and their people, the
 * state manager's organizations, an announcement of the week and an inbound address, all matched
 * by natural keys like the base demo (prisma/seed.ts).
 */
import type { Tx } from "@/lib/db/client";
import { DAY_MS } from "./context";
import { upsertDemoUser } from "./demo-user";
import { monthOrganizations, monthUsers } from "./people";

export const monthAnnouncement = {
  id: "comunicado-demo-manutencao",
  title: "Manutenção programada do GERID",
  body: "O GERID ficará indisponível no sábado, das 8h às 12h, para atualização. Planeje os cadastros com antecedência.",
};

export const monthInboundAddress = { address: "gerid@suporte.example", item: "gerid" };

export async function writeMonthSetting(tx: Tx, passwordHash: string, now: Date) {
  const orgIds = new Map(
    (await tx.organization.findMany({ select: { id: true, name: true } })).map((o) => [
      o.name,
      o.id,
    ]),
  );
  const byKey = new Map<string, string>([
    ["prefeitura", orgIds.get("Prefeitura Municipal de Demonstração")!],
    ["estado", orgIds.get("Governo do Estado de Demonstração")!],
  ]);
  for (const { key, ...org } of monthOrganizations) {
    const row = await tx.organization.upsert({
      where: { name: org.name },
      create: org,
      update: org,
    });
    byKey.set(key, row.id);
  }
  for (const { organization, group, manages = [], ...user } of monthUsers) {
    const groupId = group
      ? (await tx.supportGroup.findUniqueOrThrow({ where: { name: group } })).id
      : undefined;
    const place = { organizationId: organization ? byKey.get(organization)! : null, groupId };
    const row = await upsertDemoUser(tx, user, place, passwordHash);
    await tx.organizationManager.createMany({
      data: manages.map((key) => ({ userId: row.id, organizationId: byKey.get(key)! })),
    });
  }
  const { id, ...announcement } = monthAnnouncement;
  const window = {
    startsAt: new Date(now.getTime() - DAY_MS),
    endsAt: new Date(now.getTime() + 4 * DAY_MS),
  };
  await tx.announcement.upsert({
    where: { id },
    create: { id, ...announcement, ...window },
    update: { ...announcement, ...window },
  });
  const item = await tx.catalogItem.findUniqueOrThrow({
    where: { slug: monthInboundAddress.item },
  });
  await tx.inboundAddress.upsert({
    where: { address: monthInboundAddress.address },
    create: { address: monthInboundAddress.address, itemId: item.id },
    update: { itemId: item.id },
  });
}
