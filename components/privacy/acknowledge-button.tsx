"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { acknowledgePrivacyNoticeAction } from "@/lib/privacy/privacy-actions";
import { FormAlert } from "@/components/ui/form-feedback";

/** "Li e entendi": stores the acknowledgement; the notice is not shown again. */
export function AcknowledgeButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    setPending(true);
    const result = await acknowledgePrivacyNoticeAction({});
    setPending(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  };
  return (
    <div className="space-y-2">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Li e entendi
      </button>
    </div>
  );
}
