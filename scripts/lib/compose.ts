/**
 * docker-compose.yml, read the way `docker compose up` reads it, turned into `podman run`
 * commands (issue #13 item 3). Debian's podman-compose (1.0.3) ignores `depends_on` conditions
 * and podman runs health checks only from systemd timers, which these VMs do not have; so the
 * images check starts the file's services itself: in dependency order, waiting for each
 * condition (a passing health check, a one-shot service's zero exit), with the file's
 * environment, command, health checks, ulimits, volumes, ports, replicas and grace periods.
 *
 * Only the keys the file uses are understood; any other key is an error, so the check can never
 * pass by ignoring part of the file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { DEFAULT_ULIMITS } from './podman.js';

const duration = z.string().regex(/^(\d+(\.\d+)?(ms|s|m|h))+$/, 'a duration such as 5s or 1m30s');

const healthcheckSchema = z
  .object({
    test: z.union([z.string(), z.array(z.string()).min(1)]),
    interval: duration.optional(),
    timeout: duration.optional(),
    retries: z.number().int().positive().optional(),
    start_period: duration.optional(),
  })
  .strict();

const conditionSchema = z.enum(['service_started', 'service_healthy', 'service_completed_successfully']);

const serviceSchema = z
  .object({
    image: z.string().optional(),
    build: z.object({ context: z.string(), dockerfile: z.string().optional() }).strict().optional(),
    command: z.union([z.string(), z.array(z.string())]).optional(),
    environment: z
      .union([
        z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
        z.array(z.string()),
      ])
      .optional(),
    volumes: z.array(z.string()).optional(),
    ports: z.array(z.string()).optional(),
    healthcheck: healthcheckSchema.optional(),
    depends_on: z
      .union([
        z.array(z.string()),
        z.record(z.string(), z.object({ condition: conditionSchema.default('service_started') }).strict()),
      ])
      .optional(),
    restart: z.enum(['no', 'always', 'on-failure', 'unless-stopped']).optional(),
    ulimits: z
      .record(
        z.string(),
        z.union([z.number().int(), z.object({ soft: z.number().int(), hard: z.number().int() }).strict()]),
      )
      .optional(),
    stop_grace_period: duration.optional(),
    deploy: z
      .object({ replicas: z.number().int().min(0).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((s) => s.image !== undefined || s.build !== undefined, 'needs image or build');

export type ComposeService = z.infer<typeof serviceSchema>;
export type Condition = z.infer<typeof conditionSchema>;

const composeSchema = z
  .object({
    name: z.string().optional(),
    services: z.record(z.string(), serviceSchema),
    volumes: z.record(z.string(), z.null()).optional(),
  })
  // Extension fields (x-…) hold YAML anchors.
  .catchall(z.unknown())
  .superRefine((doc, ctx) => {
    for (const key of Object.keys(doc)) {
      if (!['name', 'services', 'volumes'].includes(key) && !key.startsWith('x-'))
        ctx.addIssue({ code: 'custom', path: [key], message: 'top-level key not understood by the check' });
    }
  });

export type ComposeFile = z.infer<typeof composeSchema>;

/**
 * Compose's variable substitution: `${VAR}`, `${VAR:-default}` (unset or empty),
 * `${VAR-default}` (unset), `${VAR:?message}` / `${VAR?message}` (required), `$VAR`, and `$$`
 * for a literal `$`.
 */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced?: string, colon?: string, op?: string, arg?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare)!;
      const value = env[name];
      const missing = value === undefined || (colon === ':' && value === '');
      if (op === '-') return missing ? (arg ?? '') : value!;
      if (op === '?' && missing) throw new Error(`${name}: ${arg || 'required but not set'}`);
      return value ?? '';
    },
  );
}

function interpolateDeep(value: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((v) => interpolateDeep(v, env));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, env)]));
  return value;
}

/** Parses and validates a compose file, with `env` substituted into every value. */
export function parseCompose(text: string, env: Record<string, string | undefined>): ComposeFile {
  const raw: unknown = parse(text, { merge: true });
  const parsed = composeSchema.safeParse(interpolateDeep(raw, env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`docker-compose.yml is not what the check understands:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const readCompose = (file: string, env: Record<string, string | undefined>) =>
  parseCompose(readFileSync(file, 'utf8'), env);

export function dependencies(service: ComposeService): Array<{ service: string; condition: Condition }> {
  const deps = service.depends_on;
  if (!deps) return [];
  if (Array.isArray(deps)) return deps.map((s) => ({ service: s, condition: 'service_started' as const }));
  return Object.entries(deps).map(([s, d]) => ({ service: s, condition: d.condition }));
}

/** Services in an order that starts every dependency first; a cycle or unknown name is an error. */
export function startOrder(file: ComposeFile): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]) => {
    const service = file.services[name];
    if (!service) throw new Error(`${path.at(-1)} depends on unknown service ${name}`);
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`dependency cycle: ${[...path, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const dep of dependencies(service)) visit(dep.service, [...path, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(file.services)) visit(name, []);
  return order;
}

export const replicas = (service: ComposeService) => service.deploy?.replicas ?? 1;

/** `5s`, `1m30s`, `250ms` → seconds. */
export function seconds(text: string): number {
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
    total += Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  return total;
}

export function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment;
  if (!env) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((line) => {
        const i = line.indexOf('=');
        return i < 0 ? [line, process.env[line] ?? ''] : [line.slice(0, i), line.slice(i + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

export interface RunPlan {
  project: string;
  network: string;
  /** The image of a service with `build` (compose builds it; the check built it already). */
  builtImage: (service: string, definition: ComposeService) => string;
}

export const containerName = (project: string, service: string, index: number) =>
  `${project}-${service}-${index}`;
export const volumeName = (project: string, volume: string) => `${project}_${volume}`;

/** The `podman run` arguments for replica `index` (1-based) of one service. */
export function podmanRunArgs(plan: RunPlan, name: string, service: ComposeService, index: number): string[] {
  const args = [
    'run',
    '--detach',
    '--pull=never',
    '--name',
    containerName(plan.project, name, index),
    '--network',
    plan.network,
    '--network-alias',
    name,
    '--label',
    `com.docker.compose.project=${plan.project}`,
    '--label',
    `com.docker.compose.service=${name}`,
  ];
  for (const [k, v] of Object.entries(environmentOf(service))) args.push('--env', `${k}=${v}`);
  for (const v of service.volumes ?? []) {
    const [source, ...rest] = v.split(':');
    const named = source && !source.startsWith('.') && !source.startsWith('/');
    args.push('--volume', [named ? volumeName(plan.project, source) : source, ...rest].join(':'));
  }
  for (const p of service.ports ?? []) args.push('--publish', p);
  const ulimits = Object.entries(service.ulimits ?? {});
  for (const [k, v] of ulimits)
    args.push('--ulimit', typeof v === 'number' ? `${k}=${v}:${v}` : `${k}=${v.soft}:${v.hard}`);
  // One --ulimit makes podman drop containers.conf's default_ulimits, and runc then fails to
  // raise nofile past this host's hard limit: give the defaults back for the limits not set.
  if (ulimits.length > 0)
    for (const u of DEFAULT_ULIMITS) if (!service.ulimits?.[u.split('=')[0]!]) args.push('--ulimit', u);
  if (service.restart && service.restart !== 'no') args.push('--restart', service.restart);
  if (service.stop_grace_period)
    args.push('--stop-timeout', String(Math.ceil(seconds(service.stop_grace_period))));
  const hc = service.healthcheck;
  if (hc) {
    const test = hc.test;
    if (Array.isArray(test) && test[0] === 'NONE') args.push('--no-healthcheck');
    else {
      // podman takes exec form as a JSON array without the CMD marker, shell form as a string.
      const cmd = !Array.isArray(test)
        ? test
        : test[0] === 'CMD'
          ? JSON.stringify(test.slice(1))
          : test[0] === 'CMD-SHELL'
            ? test.slice(1).join(' ')
            : JSON.stringify(test);
      args.push('--health-cmd', cmd);
      if (hc.interval) args.push('--health-interval', hc.interval);
      if (hc.timeout) args.push('--health-timeout', hc.timeout);
      if (hc.retries) args.push('--health-retries', String(hc.retries));
      if (hc.start_period) args.push('--health-start-period', hc.start_period);
    }
  }
  const image = service.build ? plan.builtImage(name, service) : service.image!;
  args.push(image);
  if (service.command !== undefined) {
    // A string command is split like compose does for the simple cases the file uses.
    args.push(
      ...(Array.isArray(service.command) ? service.command : service.command.split(/\s+/).filter(Boolean)),
    );
  }
  return args;
}
