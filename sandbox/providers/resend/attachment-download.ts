import type { StoredAttachment } from "./resend-store";

const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/** Headers that make a browser save the attachment rather than render it in the sandbox's origin. */
export function attachmentDownloadHeaders(attachment: StoredAttachment): Record<string, string> {
  const asciiName = attachment.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const contentType =
    attachment.contentType !== null && MIME_TYPE.test(attachment.contentType)
      ? attachment.contentType
      : "application/octet-stream";
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    "x-content-type-options": "nosniff",
  };
}
