import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getPrivacySettings } from "./settings";

/**
 * The privacy settings read once per request (the public page and the profile ask). Apart from
 * settings.ts because React's cache() exists for pages only: the jobs (retention) and their
 * standalone bundle read settings.ts and must not import React.
 */
export const getPortalPrivacy = cache(() => getPrivacySettings(db));
