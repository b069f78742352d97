import type { Stage } from '@pa/contracts';

/** The pipeline's stages as the progress line names them: short words close to the web page's. */
export const STAGE_LABELS: Record<Stage, string> = {
  understanding: 'understanding',
  planning: 'planning',
  guarding: 'checking',
  executing: 'running',
  shaping: 'preparing',
};

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface Progress {
  id: string;
  /** Stages reached so far, in order, without repeats (a retried attempt goes through them again). */
  stages: string[];
  planner: string | null;
  attempt: number;
  elapsedMs: number;
  tick: number;
}

/** Applies one SSE message (snapshot, stage, plan) to the progress; other events leave it as it is. */
export function advance(progress: Progress, event: string, data: unknown): Progress {
  const d = (data ?? {}) as { stage?: Stage | null; status?: string; attempt?: number; planner?: string };
  if (event === 'snapshot') {
    // A job met mid-way (or on a reconnect) has been through every stage before the one it is in.
    const order = Object.keys(STAGE_LABELS) as Stage[];
    const reached = d.stage ? order.slice(0, order.indexOf(d.stage) + 1).map((s) => STAGE_LABELS[s]) : [];
    return {
      ...progress,
      attempt: d.attempt ?? progress.attempt,
      stages: reached.length > progress.stages.length - 1 ? ['queued', ...reached] : progress.stages,
    };
  }
  if (event === 'stage' && d.stage) {
    const label = STAGE_LABELS[d.stage] ?? d.stage;
    const attempt = d.attempt ?? progress.attempt;
    // A new attempt starts over after `queued`.
    const base = attempt !== progress.attempt ? progress.stages.slice(0, 1) : progress.stages;
    return { ...progress, attempt, stages: base.includes(label) ? base : [...base, label] };
  }
  if (event === 'plan' && d.planner) return { ...progress, planner: d.planner };
  return progress;
}

export const initialProgress = (id: string): Progress => ({
  id,
  stages: ['queued'],
  planner: null,
  attempt: 0,
  elapsedMs: 0,
  tick: 0,
});

/**
 * One line: spinner, seconds, the stages so far (the last one is where the job is), the planner
 * once it has planned, the attempt after a retry, and the job's id; cut to the terminal's width
 * so that redrawing it in place never wraps.
 */
export function progressText(p: Progress, columns = 80): string {
  const parts = [
    `${SPINNER[p.tick % SPINNER.length]} ${(p.elapsedMs / 1000).toFixed(1)}s`,
    p.stages.join(' → '),
    ...(p.planner ? [`planner: ${p.planner}`] : []),
    ...(p.attempt > 1 ? [`attempt ${p.attempt}`] : []),
    p.id,
  ];
  const text = parts.join('  ');
  const points = [...text];
  return points.length < columns ? text : `${points.slice(0, Math.max(1, columns - 2)).join('')}…`;
}
