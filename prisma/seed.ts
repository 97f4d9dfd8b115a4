import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import {
  DEMO_PASSWORD,
  demoAnnouncement,
  demoCategories,
  demoGroups,
  demoItems,
  demoOrganizations,
  demoUsers,
} from "./demo-data";
import { upsertDemoUser } from "./demo/demo-user";
import { seedDemoKnowledge } from "./seed-knowledge";
import { reindexCatalogItem } from "@/lib/search/reindex";

let hashed: Promise<string> | undefined;

/** The hash of DEMO_PASSWORD, made once per process: argon2 is slow on purpose. */
export function demoPasswordHash(): Promise<string> {
  return (hashed ??= hashPassword(DEMO_PASSWORD));
}

/**
 * Writes the demo data. Idempotent: records are matched by their natural keys (CPF, name, slug)
 * and brought back to the demo values; a password someone changed is left alone.
 */
export async function seedDemoData(db: Db): Promise<void> {
  const passwordHash = await demoPasswordHash();

  await db.$transaction(
    async (tx) => {
      const orgIds = new Map<string, string>();
      for (const { key, ...org } of demoOrganizations) {
        const row = await tx.organization.upsert({
          where: { name: org.name },
          create: org,
          update: org,
        });
        orgIds.set(key, row.id);
      }

      const groupIds = new Map<string, string>();
      for (const group of demoGroups) {
        const row = await tx.supportGroup.upsert({
          where: { name: group.name },
          create: group,
          update: group,
        });
        groupIds.set(group.name, row.id);
      }

      for (const { organization, group, ...user } of demoUsers) {
        const place = {
          organizationId: organization ? orgIds.get(organization)! : null,
          groupId: group ? groupIds.get(group)! : undefined,
        };
        await upsertDemoUser(tx, user, place, passwordHash);
      }

      const categories = new Map<string, string>();
      for (const [position, { slug, name, parent }] of demoCategories.entries()) {
        const data = {
          name,
          parentId: parent ? categories.get(parent)! : null,
          position,
          active: true,
        };
        const row = await tx.catalogCategory.upsert({
          where: { slug },
          create: { slug, ...data },
          update: data,
        });
        categories.set(slug, row.id);
      }

      for (const [position, { fields, category, group, ...item }] of demoItems.entries()) {
        const categoryId = categories.get(category)!;
        const data = {
          ...item,
          categoryId,
          groupId: groupIds.get(group)!,
          position,
          active: true,
        };
        const row = await tx.catalogItem.upsert({
          where: { slug: item.slug },
          create: data,
          update: data,
        });
        for (const [fieldPosition, field] of fields.entries()) {
          const fieldData = {
            label: field.label,
            type: field.type,
            options: field.options ?? undefined,
            required: field.required ?? false,
            fixedValue: field.fixedValue ?? null,
            helpText: field.helpText ?? null,
            position: fieldPosition,
          };
          await tx.catalogField.upsert({
            where: { itemId_key: { itemId: row.id, key: field.key } },
            create: { itemId: row.id, key: field.key, ...fieldData },
            update: fieldData,
          });
        }
        await reindexCatalogItem(tx, row.id);
      }

      const { id, ...announcement } = demoAnnouncement;
      await tx.announcement.upsert({
        where: { id },
        create: demoAnnouncement,
        update: announcement,
      });
      await seedDemoKnowledge(tx);
    },
    // Many small writes in one transaction: on a busy machine they outlast the 5 s default.
    { timeout: 60_000 },
  );
}

/** True when nobody has been created yet: `npm start` seeds only such a database. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}
