import type { SandboxContext } from "../../core/sandbox-context";
import type { FampageStore } from "./fampage-store";

/** What every action handler works with. */
export type FampagePanel = { store: FampageStore; context: SandboxContext };

/** The request's form fields; a repeated field keeps its last value, as PHP does. */
export type PanelForm = Readonly<Record<string, string>>;
