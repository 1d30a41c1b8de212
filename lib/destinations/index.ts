export { type DeliveryResult, deliverMessage, DESTINATION_DISABLED_ALERT, WEBHOOK_FAILURE_LIMIT } from "./deliver";
export { type DeliveryLogEntry, type DestinationSummary, destinationChoices, getDestinationWithLog, listDestinations } from "./destination-queries";
export {
  automationSecretColumns,
  createDestination,
  deleteDestination,
  type DestinationInput,
  enableDestination,
  sendTestMessage,
} from "./manage-destinations";
export type { OutgoingMessage } from "./outgoing-message";
