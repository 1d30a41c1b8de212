"use server";

import { formInput } from "@/lib/forms/form-fields";
import { UserFacingError } from "@/lib/errors";
import { createDestination, deleteDestination, enableDestination, sendTestMessage } from "@/lib/destinations";
import { adminActionClient } from "./safe-action";
import { createDestinationSchema, destinationIdSchema } from "./destinations.validation";

export const createDestinationAction = adminActionClient
  .metadata({ actionName: "createDestination" })
  .inputSchema(formInput(createDestinationSchema))
  .stateAction(async ({ parsedInput }) => {
    const { destination, webhookSecret } = await createDestination(parsedInput);
    return { id: destination.id, name: destination.name, webhookSecret };
  });

export const sendTestMessageAction = adminActionClient
  .metadata({ actionName: "sendTestMessage" })
  .inputSchema(destinationIdSchema)
  .action(async ({ parsedInput }) => {
    const result = await sendTestMessage(parsedInput.id);
    if (!result.ok) throw new UserFacingError(`Test not delivered: ${result.error}`);
    return { message: `Test delivered: ${result.detail}.` };
  });

export const enableDestinationAction = adminActionClient
  .metadata({ actionName: "enableDestination" })
  .inputSchema(destinationIdSchema)
  .action(async ({ parsedInput }) => {
    const destination = await enableDestination(parsedInput.id);
    return { message: `"${destination.name}" is enabled again.` };
  });

export const deleteDestinationAction = adminActionClient
  .metadata({ actionName: "deleteDestination" })
  .inputSchema(destinationIdSchema)
  .action(async ({ parsedInput }) => {
    const { name } = await deleteDestination(parsedInput.id);
    return { message: `"${name}" was deleted.` };
  });
