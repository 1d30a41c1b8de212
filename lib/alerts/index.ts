export { type AlertCondition, openAlert, resolveAlert } from "./alert-episodes";
