"use client";

import { useEffect, useRef } from "react";
import { countViewAction } from "@/lib/knowledge/reader-actions";

/**
 * Counts one view of the article when its page is shown. Refreshing the page's data after a vote
 * or a comment keeps this component mounted, so it is not counted again.
 */
export function ViewCounter({ articleId }: { articleId: string }) {
  const counted = useRef<string | null>(null);
  useEffect(() => {
    if (counted.current === articleId) return;
    counted.current = articleId;
    void countViewAction({ articleId });
  }, [articleId]);
  return null;
}
