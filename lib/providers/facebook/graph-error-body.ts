import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";

/**
 * The error object of a Graph answer:
 * `{"error":{"message","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id"}}`.
 * Each field is read on its own so one odd field never hides the others.
 */
const graphErrorBodySchema = z.object({
  error: z.object({
    message: z.string().optional().catch(undefined),
    code: integerFromProviderSchema.optional().catch(undefined),
    error_subcode: integerFromProviderSchema.optional().catch(undefined),
  }),
});

export type GraphError = {
  message: string | null;
  code: number | null;
  subcode: number | null;
};

/** The Graph error carried by a response body, or null when the body holds none. */
export function readGraphError(body: unknown): GraphError | null {
  const parsed = graphErrorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { message, code, error_subcode: subcode } = parsed.data.error;
  return { message: message ?? null, code: code ?? null, subcode: subcode ?? null };
}

/** `190/463`, or `190` without a subcode: the form stored in `ProviderError.providerCode`. */
export function formatGraphErrorCode(error: { code: number; subcode: number | null }): string {
  return error.subcode === null ? String(error.code) : `${error.code}/${error.subcode}`;
}
