import { Hono } from "hono";
import { PAGE_SECURITY_HEADERS } from "../../core/html";
import { attachmentDownloadHeaders } from "./attachment-download";
import { renderMailDetail, renderMailNotFound, renderMailboxList } from "./mailbox-html";
import type { ResendStore } from "./resend-store";

/** Human mailbox at `<mount>/mailbox`; `mailboxPath` is its absolute path, used in links. */
export function createMailboxPages(store: ResendStore, mailboxPath: string): Hono {
  const pages = new Hono();

  pages.get("/mailbox", (c) => c.html(renderMailboxList(store.newestFirst(), mailboxPath), 200, PAGE_SECURITY_HEADERS));

  pages.get("/mailbox/:id", (c) => {
    const email = store.find(c.req.param("id"));
    if (email === undefined) return c.html(renderMailNotFound(mailboxPath), 404, PAGE_SECURITY_HEADERS);
    return c.html(renderMailDetail(email, mailboxPath), 200, PAGE_SECURITY_HEADERS);
  });

  pages.get("/mailbox/:id/attachments/:index", (c) => {
    const email = store.find(c.req.param("id"));
    const index = Number(c.req.param("index"));
    const attachment = Number.isInteger(index) ? email?.attachments[index] : undefined;
    if (attachment === undefined) return c.text("Attachment not found", 404);
    const content = Buffer.from(attachment.contentBase64, "base64");
    return c.body(new Uint8Array(content), 200, attachmentDownloadHeaders(attachment));
  });

  return pages;
}
