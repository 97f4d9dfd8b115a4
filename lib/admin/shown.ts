import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { ServiceResult } from "@/lib/result";

/**
 * What an admin page shows of a read: its value, or the 404 or 403 page. The page checked the
 * role already; the read checks it again, so a page that forgot still leaks nothing.
 */
export function shown<T>(result: ServiceResult<T>): T {
  if (result.ok) return result.value;
  return result.error === "not-found" ? notFound() : forbidden();
}
