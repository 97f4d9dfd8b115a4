import type { Db, Tx } from "@/lib/db/client";
import {
  demoAnnouncement,
  demoCategories,
  demoGroups,
  demoItems,
  demoOrganizations,
} from "./demo-data";
import { monthAnnouncement, monthInboundAddress } from "./demo/month-setup";
import { allDemoUsers, monthOrganizations } from "./demo/people";
import { demoArticles, demoKnowledgeCategories } from "./demo-knowledge";

export type DemoRemovalReport = {
  tickets: number;
  users: number;
  /** Demo accounts whose name stays on real records (a comment on a real ticket, an audit entry): deactivated, password wiped. */
  deactivated: number;
  items: number;
  categories: number;
  articles: number;
  groups: number;
  organizations: number;
};

/**
 * `npm run demo:remove`: takes the demo out of a database that went on to real use. The demo's
 * tickets go (with their history, files and e-mails); demo accounts go unless real records still
 * name them, in which case they are deactivated and lose their password, so that nobody can sign
 * in with the published one; the demo's catalogue, groups and organizations go when nothing real
 * uses them. One transaction: it all happens or nothing does. Returns the storage keys of the
 * deleted tickets' files, for the caller to delete after the commit.
 */
export async function removeDemoData(
  db: Db,
): Promise<{ report: DemoRemovalReport; storageKeys: string[] }> {
  return db.$transaction(async (tx) => {
    const users = await tx.user.findMany({
      where: { cpf: { in: allDemoUsers.map((u) => u.cpf) } },
      select: { id: true },
    });
    const userIds = users.map((u) => u.id);
    const demoTickets = {
      OR: [{ requesterId: { in: userIds } }, { requestedForId: { in: userIds } }],
    };
    const files = await tx.attachment.findMany({
      where: { OR: [{ ticket: demoTickets }, { uploaderId: { in: userIds }, ticketId: null }] },
      select: { storageKey: true },
    });
    await tx.attachment.deleteMany({
      where: { uploaderId: { in: userIds }, ticketId: null, articleId: null },
    });
    // The demo's articles go with their files, votes, comments and revisions (cascades).
    const demoArticleFiles = await tx.attachment.findMany({
      where: { article: { slug: { in: demoArticles.map((a) => a.slug) } } },
      select: { storageKey: true },
    });
    const articles = await tx.article.deleteMany({
      where: { slug: { in: demoArticles.map((a) => a.slug) } },
    });
    for (const { slug } of [...demoKnowledgeCategories].reverse()) {
      await tx.knowledgeCategory.deleteMany({
        where: { slug, articles: { none: {} }, children: { none: {} } },
      });
    }
    // The reports' facts have no foreign key: they go with their tickets by hand.
    const ticketIds = (await tx.ticket.findMany({ where: demoTickets, select: { id: true } })).map(
      (t) => t.id,
    );
    await tx.reportTicket.deleteMany({ where: { ticketId: { in: ticketIds } } });
    const tickets = await tx.ticket.deleteMany({ where: demoTickets });
    await tx.ticketFollower.deleteMany({ where: { userId: { in: userIds } } });
    await tx.groupMember.deleteMany({ where: { userId: { in: userIds } } });
    await tx.ticket.updateMany({
      where: { assigneeId: { in: userIds } },
      data: { assigneeId: null },
    });

    const named = await stillNamed(tx, userIds);
    await tx.user.updateMany({
      where: { id: { in: [...named] } },
      data: { active: false, passwordHash: null, sessionVersion: { increment: 1 } },
    });
    const removed = await tx.user.deleteMany({
      where: { id: { in: userIds.filter((id) => !named.has(id)) } },
    });

    const items = await tx.catalogItem.deleteMany({
      where: { slug: { in: demoItems.map((i) => i.slug) }, tickets: { none: {} } },
    });
    let categories = 0;
    // Leaves first: a category goes only once it holds no items and no subcategories.
    for (const { slug } of [...demoCategories].reverse()) {
      const { count } = await tx.catalogCategory.deleteMany({
        where: { slug, items: { none: {} }, children: { none: {} } },
      });
      categories += count;
    }
    const groups = await tx.supportGroup.deleteMany({
      where: {
        name: { in: demoGroups.map((g) => g.name) },
        items: { none: {} },
        tickets: { none: {} },
        members: { none: {} },
      },
    });
    const organizations = await tx.organization.deleteMany({
      where: {
        name: { in: [...demoOrganizations, ...monthOrganizations].map((o) => o.name) },
        users: { none: {} },
        tickets: { none: {} },
      },
    });
    await tx.announcement.deleteMany({
      where: { id: { in: [demoAnnouncement.id, monthAnnouncement.id] } },
    });
    await tx.inboundAddress.deleteMany({ where: { address: monthInboundAddress.address } });

    return {
      report: {
        tickets: tickets.count,
        users: removed.count,
        deactivated: named.size,
        items: items.count,
        categories,
        articles: articles.count,
        groups: groups.count,
        organizations: organizations.count,
      },
      storageKeys: [...files, ...demoArticleFiles].map((f) => f.storageKey),
    };
  });
}

/** The demo accounts that real records still point at (their history must keep its author). */
async function stillNamed(tx: Tx, userIds: string[]): Promise<Set<string>> {
  const where = { in: userIds };
  const reads: (() => Promise<Record<string, string | null>[]>)[] = [
    () =>
      tx.ticketEvent.findMany({
        where: { actorId: where },
        select: { actorId: true },
        distinct: ["actorId"],
      }),
    () =>
      tx.attachment.findMany({
        where: { uploaderId: where },
        select: { uploaderId: true },
        distinct: ["uploaderId"],
      }),
    () =>
      tx.timeEntry.findMany({
        where: { agentId: where },
        select: { agentId: true },
        distinct: ["agentId"],
      }),
    () =>
      tx.auditLog.findMany({
        where: { actorId: where },
        select: { actorId: true },
        distinct: ["actorId"],
      }),
    // Real articles a demo account wrote, revised, commented on or moderated.
    () =>
      tx.article.findMany({
        where: { authorId: where },
        select: { authorId: true },
        distinct: ["authorId"],
      }),
    () =>
      tx.articleRevision.findMany({
        where: { authorId: where },
        select: { authorId: true },
        distinct: ["authorId"],
      }),
    () =>
      tx.articleComment.findMany({
        where: { OR: [{ authorId: where }, { hiddenById: where }] },
        select: { authorId: true, hiddenById: true },
      }),
  ];
  // One after the other: a transaction's queries share its one connection.
  const rows = [];
  for (const read of reads) rows.push(await read());
  const ids = new Set(userIds);
  return new Set(
    rows
      .flat()
      .flatMap((row) => Object.values(row) as (string | null)[])
      .filter((id): id is string => id !== null && ids.has(id)),
  );
}
