import "server-only";
import { isSupport } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { attachmentRules } from "@/lib/attachments/file-kinds";
import { getCatalogItem } from "@/lib/catalog/queries";
import { getPortalSettings } from "@/lib/portal-settings";
import { recordPermissionRefusal } from "@/lib/security/events";
import { refusedSupportRead } from "./access";
import type { Actor } from "./actor";
import { organizationPeople, requestFormPeople } from "./people";
import { organizationChoices } from "./queue-options";

/**
 * What the pages that open a request read: the item's form, the people it may name and the
 * attachment rules. Each checks who asks, so a page that forgets its role check leaks nothing.
 */

/** A catalogue item's page for a requester; null when the item is not active or the actor is no requester. */
export async function requesterFormPage(actor: Actor, slug: string) {
  if (isSupport(actor)) {
    await recordPermissionRefusal(actor, "request.form");
    return null;
  }
  const [item, people, settings] = await Promise.all([
    getCatalogItem(slug),
    requestFormPeople(actor),
    getPortalSettings(),
  ]);
  if (!item) return null;
  return { item, ...people, attachments: attachmentRules(settings) };
}

/**
 * "Abrir chamado em nome do cliente" for support: the organizations and services to choose from,
 * then the chosen service's form and the chosen organization's requesters; null for anyone else.
 */
export async function onBehalfFormPage(
  actor: Actor,
  chosen: { organizationId: string; slug: string },
) {
  if (await refusedSupportRead(actor, "request.on-behalf")) return null;
  const [organizations, items, item, people, settings] = await Promise.all([
    organizationChoices(),
    db.catalogItem.findMany({
      where: { active: true },
      select: { slug: true, title: true },
      orderBy: { title: "asc" },
    }),
    chosen.slug ? getCatalogItem(chosen.slug) : null,
    organizationPeople(actor, chosen.organizationId || null),
    getPortalSettings(),
  ]);
  return { organizations, items, item, people, attachments: attachmentRules(settings) };
}
