import { notFound } from "next/navigation";
import { companyIdSchema } from "@/actions/companies.validation";

/** The route's company id; a malformed one is a 404 like an unknown one. */
export async function companyIdFrom(params: Promise<{ id: string }>): Promise<string> {
  const parsed = companyIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  return parsed.data;
}
