import { z } from "zod";
import { classifyByHttpStatus, type ResponseClassifier } from "../core/response-classification";
import { createGraphResponseClassifier } from "../facebook/classify-graph-response";
import { readGraphError } from "../facebook/graph-error-body";

/** `api.instagram.com` still answers OAuth failures the pre-Graph way: `{"error_type","code":400,"error_message"}`. */
const instagramOAuthErrorSchema = z.object({
  error_type: z.string(),
  error_message: z.string().optional().catch(undefined),
});

const classifyGraphAnswer = createGraphResponseClassifier("Instagram");

/** Graph-shaped errors by their Graph code; Instagram's older OAuth errors by HTTP status. */
export const classifyInstagramResponse: ResponseClassifier = (response, body) => {
  const oauthError = readGraphError(body) === null ? instagramOAuthErrorSchema.safeParse(body) : null;
  if (oauthError?.success !== true) return classifyGraphAnswer(response, body);
  const { error_type: providerCode, error_message: message } = oauthError.data;
  const details = { providerCode, message: message ?? `Instagram answered HTTP ${response.status}` };
  // The OAuth endpoint never reports a failure with 2xx; a body like this is an error whatever the status.
  return classifyByHttpStatus(response, details) ?? { kind: "invalid_request", ...details };
};
