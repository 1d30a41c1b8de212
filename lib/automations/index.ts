export { alertKindLabel, KNOWN_ALERT_KINDS } from "./alert-kinds";
export { AUTOMATION_TYPE_LABELS, type AutomationConfig, REPORT_PERIODS, SYNC_ENTITIES } from "./automation-config";
export {
  type AutomationSummary,
  getAutomation,
  listAutomations,
  listRuns,
  previewSchedule,
  type RunFilters,
  type RunHistoryEntry,
} from "./automation-queries";
export { checkAlertConditions } from "./check-alert-conditions";
export { dispatchDueAutomations } from "./dispatch-due-automations";
export { executeAutomationRun, runAutomationNow } from "./execute-run";
export { claimAlertRuns } from "./forward-alerts";
export {
  type AutomationInput,
  createAutomation,
  deleteAutomation,
  pauseAutomation,
  resumeAutomation,
  updateAutomation,
} from "./manage-automations";
export { cronFromFriendly, describeSchedule, type FriendlySchedule, friendlyFromCron, nextRunTimes, WEEKDAY_NAMES } from "./schedule";
