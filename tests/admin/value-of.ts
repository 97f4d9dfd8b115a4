import type { ServiceResult } from "@/lib/result";

/** The value of an admin read the test expects to succeed; a refusal fails the test with its message. */
export async function valueOf<T>(result: Promise<ServiceResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error}: ${settled.message}`);
  return settled.value;
}
