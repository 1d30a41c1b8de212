"use server";

import { redirect } from "next/navigation";
import { archiveCompany, restoreCompany } from "@/lib/companies/archive-company";
import { deleteCompany } from "@/lib/companies/delete-company";
import { createCompany, updateCompany } from "@/lib/companies/save-company";
import { adminActionClient } from "./safe-action";
import { companyIdInputSchema, createCompanySchema, updateCompanySchema } from "./companies.validation";

export const createCompanyAction = adminActionClient
  .metadata({ actionName: "createCompany" })
  .inputSchema(createCompanySchema)
  .action(async ({ parsedInput }) => {
    const company = await createCompany(parsedInput);
    redirect(`/companies/${company.id}`);
  });

export const updateCompanyAction = adminActionClient
  .metadata({ actionName: "updateCompany" })
  .inputSchema(updateCompanySchema)
  .action(async ({ parsedInput: { id, ...fields } }) => {
    await updateCompany(id, fields);
    redirect(`/companies/${id}`);
  });

export const archiveCompanyAction = adminActionClient
  .metadata({ actionName: "archiveCompany" })
  .inputSchema(companyIdInputSchema)
  .action(async ({ parsedInput }) => {
    const company = await archiveCompany(parsedInput.id);
    return { message: `${company.name} is archived.` };
  });

export const restoreCompanyAction = adminActionClient
  .metadata({ actionName: "restoreCompany" })
  .inputSchema(companyIdInputSchema)
  .action(async ({ parsedInput }) => {
    const company = await restoreCompany(parsedInput.id);
    return { message: `${company.name} is active again.` };
  });

export const deleteCompanyAction = adminActionClient
  .metadata({ actionName: "deleteCompany" })
  .inputSchema(companyIdInputSchema)
  .action(async ({ parsedInput }) => {
    await deleteCompany(parsedInput.id);
    redirect("/companies?deleted=1");
  });
