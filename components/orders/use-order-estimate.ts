"use client";

import { useEffect, useState } from "react";
import type { EstimateInput, estimateOrder } from "./order-estimate";
import type { OrderPreviewFigures } from "./order-preview";

/**
 * The preview for `input` (null while there is nothing to estimate): estimateOrder and
 * decimal.js load the first time there is something to estimate, and the preview follows.
 */
export function useOrderEstimate(input: EstimateInput | null): OrderPreviewFigures | null {
  const [estimate, setEstimate] = useState<typeof estimateOrder | null>(null);
  const wanted = input !== null;

  useEffect(() => {
    if (!wanted || estimate) return;
    let mounted = true;
    void import("./order-estimate").then((module) => {
      if (mounted) setEstimate(() => module.estimateOrder);
    });
    return () => {
      mounted = false;
    };
  }, [wanted, estimate]);

  return input && estimate ? estimate(input) : null;
}
