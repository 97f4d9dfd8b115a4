import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";

/**
 * The portal's settings for this request: read once per page render however many components ask
 * (React's cache() lives as long as one server request; outside a request it reads each time).
 * Services inside a transaction read them with getSettings(tx) instead, to see their own writes.
 */
export const getPortalSettings = cache(() => getSettings(db));
