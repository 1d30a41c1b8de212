"use server";

import { formInput } from "@/lib/forms/form-fields";
import { redirect } from "next/navigation";
import { archiveCompany, restoreCompany } from "@/lib/companies/archive-company";
import { deleteCompany } from "@/lib/companies/delete-company";
import { dismissPossibleDuplicate } from "@/lib/companies/duplicates";
import { mergeCompanies } from "@/lib/companies/merge-companies";
import { createCompany, updateCompany } from "@/lib/companies/save-company";
import { adminActionClient } from "./safe-action";
import { companyIdInputSchema, companyPairSchema, createCompanySchema, updateCompanySchema } from "./companies.validation";

export const createCompanyAction = adminActionClient
  .metadata({ actionName: "createCompany" })
  .inputSchema(formInput(createCompanySchema))
  .stateAction(async ({ parsedInput }) => {
    const company = await createCompany(parsedInput);
    redirect(`/companies/${company.id}`);
  });

export const updateCompanyAction = adminActionClient
  .metadata({ actionName: "updateCompany" })
  .inputSchema(formInput(updateCompanySchema))
  .stateAction(async ({ parsedInput: { id, ...fields } }) => {
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

export const mergeCompaniesAction = adminActionClient
  .metadata({ actionName: "mergeCompanies" })
  .inputSchema(companyPairSchema)
  .action(async ({ parsedInput }) => {
    const { kept, merged, moved } = await mergeCompanies(parsedInput.keepId, parsedInput.mergeId);
    return { message: `${merged.name} was merged into ${kept.name}: ${moved.orders} orders and ${moved.invoices} invoices moved.`, keptId: kept.id };
  });

export const keepBothCompaniesAction = adminActionClient
  .metadata({ actionName: "keepBothCompanies" })
  .inputSchema(companyPairSchema)
  .action(async ({ parsedInput }) => {
    await dismissPossibleDuplicate(parsedInput.keepId, parsedInput.mergeId);
    return { message: "Both companies are kept; they are no longer flagged as duplicates." };
  });
