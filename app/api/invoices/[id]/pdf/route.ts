import { invoiceIdSchema } from "@/actions/invoices.validation";
import { getAdminSession } from "@/lib/auth/session";
import { renderInvoicePdf } from "@/lib/invoices/pdf/render-invoice-pdf";

// react-pdf needs Node's streams and Buffer.
export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  if (!(await getAdminSession())) return textResponse(401, "Sign in to download invoices.");
  const id = invoiceIdSchema.safeParse((await params).id);
  if (!id.success) return textResponse(400, id.error.issues[0]?.message ?? "Invalid invoice reference.");

  const pdf = await renderInvoicePdf(id.data);
  if (!pdf) return textResponse(404, "This invoice does not exist.");
  return new Response(new Uint8Array(pdf.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdf.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
