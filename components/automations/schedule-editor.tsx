"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect, useState } from "react";
import { previewScheduleAction } from "@/actions/automations";
import { FormInput } from "@/components/forms/form-input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { cronFromFriendly, type FriendlySchedule, friendlyFromCron, WEEKDAY_NAMES } from "@/lib/automations/schedule";

type Frequency = FriendlySchedule["frequency"] | "custom";
type EditorState = { frequency: Frequency; time: string; minute: string; weekday: string; dayOfMonth: string; custom: string };

const pad = (value: number) => String(value).padStart(2, "0");

function initialState(cron: string): EditorState {
  const friendly = friendlyFromCron(cron);
  const base = { time: "09:00", minute: "0", weekday: "1", dayOfMonth: "1", custom: cron };
  if (!friendly) return { ...base, frequency: "custom" };
  const time = friendly.frequency === "hourly" ? base.time : `${pad(friendly.hour)}:${pad(friendly.minute)}`;
  return {
    ...base,
    frequency: friendly.frequency,
    time,
    minute: String(friendly.minute),
    weekday: friendly.frequency === "weekly" ? String(friendly.weekday) : base.weekday,
    dayOfMonth: friendly.frequency === "monthly" ? String(friendly.dayOfMonth) : base.dayOfMonth,
  };
}

function cronOf(state: EditorState): string {
  if (state.frequency === "custom") return state.custom.trim();
  const [hour = 9, minute = 0] = state.time.split(":").map(Number);
  switch (state.frequency) {
    case "hourly":
      return cronFromFriendly({ frequency: "hourly", minute: Number(state.minute) || 0 });
    case "daily":
      return cronFromFriendly({ frequency: "daily", hour, minute });
    case "weekly":
      return cronFromFriendly({ frequency: "weekly", weekday: Number(state.weekday), hour, minute });
    case "monthly":
      return cronFromFriendly({ frequency: "monthly", dayOfMonth: Number(state.dayOfMonth), hour, minute });
  }
}

/**
 * "Every day at 09:00" or a cron expression, in the agency's timezone, with the server's reading
 * of it and the next three run times (computed where the schedule will run).
 */
export function ScheduleEditor({ initialCron, errors }: { initialCron: string; errors?: string[] }) {
  const [state, setState] = useState(() => initialState(initialCron));
  const preview = useAction(previewScheduleAction);
  const cron = cronOf(state);
  const { execute } = preview;
  useEffect(() => {
    if (cron.length === 0) return;
    const timer = setTimeout(() => execute({ cron }), 250);
    return () => clearTimeout(timer);
  }, [cron, execute]);
  const update = (patch: Partial<EditorState>) => setState((current) => ({ ...current, ...patch }));
  const answer = preview.result.data;
  const problem = preview.result.serverError;
  return (
    <fieldset className="grid gap-3 rounded-lg border p-3">
      <legend className="px-1 text-sm font-medium">Schedule</legend>
      {/* What the form posts: the expression the editor's fields make, as rendered (also before JavaScript loads). */}
      <input type="hidden" name="cron" value={cron} />
      <div className="grid items-end gap-3 sm:grid-cols-3">
        <div className="grid gap-2">
          <Label htmlFor="schedule-frequency">Runs</Label>
          <Select id="schedule-frequency" value={state.frequency} onChange={(event) => update({ frequency: event.target.value as Frequency })}>
            <option value="hourly">Every hour</option>
            <option value="daily">Every day</option>
            <option value="weekly">Every week</option>
            <option value="monthly">Every month</option>
            <option value="custom">Custom (cron expression)</option>
          </Select>
        </div>
        {state.frequency === "weekly" ? (
          <div className="grid gap-2">
            <Label htmlFor="schedule-weekday">On</Label>
            <Select id="schedule-weekday" value={state.weekday} onChange={(event) => update({ weekday: event.target.value })}>
              {WEEKDAY_NAMES.map((name, index) => (
                <option key={name} value={index}>
                  {name}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        {state.frequency === "monthly" ? (
          <div className="grid gap-2">
            <Label htmlFor="schedule-day">On day</Label>
            <FormInput id="schedule-day" type="number" min={1} max={28} value={state.dayOfMonth} onChange={(event) => update({ dayOfMonth: event.target.value })} />
          </div>
        ) : null}
        {state.frequency === "hourly" ? (
          <div className="grid gap-2">
            <Label htmlFor="schedule-minute">At minute</Label>
            <FormInput id="schedule-minute" type="number" min={0} max={59} value={state.minute} onChange={(event) => update({ minute: event.target.value })} />
          </div>
        ) : null}
        {["daily", "weekly", "monthly"].includes(state.frequency) ? (
          <div className="grid gap-2">
            <Label htmlFor="schedule-time">At</Label>
            <FormInput id="schedule-time" type="time" value={state.time} onChange={(event) => update({ time: event.target.value })} />
          </div>
        ) : null}
        {state.frequency === "custom" ? (
          <div className="grid gap-2 sm:col-span-2">
            <Label htmlFor="schedule-cron">Cron expression</Label>
            <FormInput id="schedule-cron" value={state.custom} placeholder="0 9 * * 1-5" className="font-mono" onChange={(event) => update({ custom: event.target.value })} />
          </div>
        ) : null}
      </div>
      <div className="grid gap-1 text-sm" aria-live="polite" data-testid="schedule-preview">
        <p>
          <span className="text-muted-foreground">Cron: </span>
          <code className="font-mono">{cron || "—"}</code>
        </p>
        {problem ? <p className="text-destructive">{problem}</p> : null}
        {answer && !problem ? (
          <>
            <p className="font-medium">Runs {answer.description}</p>
            <p className="text-muted-foreground">
              Next: {answer.nextRuns.map((iso) => new Intl.DateTimeFormat("en-GB", { timeZone: answer.timezone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))).join(" · ")}
            </p>
          </>
        ) : null}
        {errors?.map((error) => (
          <p key={error} className="text-destructive">
            {error}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
