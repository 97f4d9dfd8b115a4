/** Above a list: why it shows something other than the address asked for (lib/lists/address.ts). */
export function ListNotice({ problem }: { problem?: string }) {
  if (!problem) return null;
  return (
    <p role="status" className="rounded-md bg-amber-50 px-4 py-3 text-amber-900">
      {problem}
    </p>
  );
}
