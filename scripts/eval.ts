/**
 * `npm run eval -- [--file path.jsonl ...] [--provider builtin|gemini|openai] [--report out.json]`
 * Execution accuracy of a planner: each question goes through the pipeline
 * (plan → guard → execute), the reference SQL runs in the same session
 * settings, and the result sets are compared. Prints correct / refused / wrong / error counts per
 * set and language (a line without "lang" gets the detector's reading). Exit code 0 whatever the score.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDotEnv, parseEnv, workerEnvSchema } from '@pa/config';
import { ALL_BANKS, callerSchema } from '@pa/contracts';
import { createPool, defaultExecuteLimits, executeReadOnly } from '@pa/db';
import { createLogger } from '@pa/observability';
import { formatEvalReport, readEvalCases, runEval } from '@pa/pipeline';
import { createRedis, redisTarget } from '@pa/queue';
import { loadGuard } from '@pa/sql-guard';
import { buildPipeline } from '@pa/worker';
import { repoRoot } from './lib/root.js';

/**
 * golden: written alongside the planner; heldout: never tuned against; fresh: written from how
 * analysts phrase questions, in English, Russian and Kazakh; traps: questions that must be refused;
 * unseen…: each written by someone who never read the planner, and run once before any work on it.
 */
const UNSEEN_SETS = [
  'unseen',
  'unseen2',
  'unseen3',
  'unseen4',
  'unseen5',
  'unseen6',
  'unseen7',
  'unseen8',
  'unseen9',
  'unseen10',
  'unseen11',
  'unseen12',
  'unseen13',
  'unseen14',
  'unseen15',
  'unseen16',
  'unseen17',
  'unseen18',
  'unseen19',
  'unseen20',
  'unseen21',
  'unseen22',
  'unseen23',
  'unseen24',
  'unseen25',
  'unseen26',
  'unseen27',
  'unseen28',
  'unseen29',
  'unseen30',
  'unseen31',
  'unseen32',
  'unseen33',
  'unseen34',
  'unseen35',
  'unseen36',
  'unseen37',
  'unseen38',
  'unseen39',
  'unseen40',
  'unseen41',
  'unseen42',
  'unseen43',
  'unseen44',
  'unseen45',
  'unseen46',
  'unseen47',
  'unseen48',
  'unseen49',
  'unseen50',
  'unseen51',
  'unseen52',
  'unseen53',
  'unseen54',
  'unseen55',
  'unseen56',
  'unseen57',
  'unseen58',
  'unseen59',
  'unseen60',
  'unseen61',
  'unseen62',
  'unseen63',
  'unseen64',
  'unseen65',
  'unseen66',
  'unseen67',
  'unseen68',
  'unseen69',
  'unseen70',
  'unseen71',
  'unseen72',
  'unseen73',
  'unseen74',
  'unseen75',
  'unseen76',
  'unseen77',
  'unseen78',
  'unseen79',
  'unseen80',
  'unseen81',
  'unseen82',
  'unseen83',
  'unseen84',
  'unseen85',
  'unseen86',
  'unseen87',
  'unseen88',
  'unseen89',
  'unseen90',
  'unseen91',
  'unseen92',
  'unseen93',
  'unseen94',
  'unseen95',
  'unseen96',
  'unseen97',
  'unseen98',
  'unseen99',
  'unseen100',
  'unseen101',
  'unseen102',
  'unseen103',
  'unseen104',
  'unseen105',
  'unseen106',
  'unseen107',
  'unseen108',
  'unseen109',
  'unseen110',
  'unseen111',
  'unseen112',
  'unseen113',
  'unseen114',
  'unseen115',
  'unseen116',
  'unseen117',
  'unseen118',
  'unseen119',
  'unseen120',
  'unseen121',
  'unseen122',
  'unseen123',
  'unseen124',
  'unseen125',
  'unseen126',
  'unseen127',
  'unseen128',
  'unseen129',
  'unseen130',
  'unseen131',
  'unseen132',
  'unseen133',
  'unseen134',
  'unseen135',
  'unseen136',
  'unseen137',
  'unseen138',
  'unseen139',
  'unseen140',
  'unseen141',
  'unseen142',
  'unseen143',
  'unseen144',
  'unseen145',
  'unseen146',
  'unseen147',
  'unseen148',
  'unseen149',
  'unseen150',
  'unseen151',
  'unseen152',
  'unseen153',
  'unseen154',
  'unseen155',
  'unseen156',
  'unseen157',
  'unseen158',
  'unseen159',
  'unseen160',
  'unseen161',
  'unseen162',
  'unseen163',
  'unseen164',
  'unseen165',
  'unseen166',
  'unseen167',
  'unseen168',
  'unseen169',
  'unseen170',
  'unseen171',
  'unseen172',
  'unseen173',
  'unseen174',
  'unseen175',
  'unseen176',
  'unseen177',
  'unseen178',
  'unseen179',
  'unseen180',
  'unseen181',
  'unseen182',
  'unseen183',
  'unseen184',
  'unseen185',
  'unseen186',
  'unseen187',
  'unseen188',
  'unseen189',
  'unseen190',
  'unseen191',
  'unseen192',
  'unseen193',
  'unseen194',
  'unseen195',
  'unseen196',
  'unseen197',
  'unseen198',
  'unseen199',
  'unseen200',
  'unseen201',
  'unseen202',
  'unseen203',
  'unseen204',
  'unseen205',
  'unseen206',
  'unseen207',
  'unseen208',
  'unseen209',
  'unseen210',
  'unseen211',
  'unseen212',
  'unseen213',
  'unseen214',
  'unseen215',
  'unseen216',
  'unseen217',
  'unseen218',
  'unseen219',
  'unseen220',
  'unseen221',
  'unseen222',
  'unseen223',
  'unseen224',
  'unseen225',
  'unseen226',
  'unseen227',
  'unseen228',
  'unseen229',
  'unseen230',
  'unseen231',
  'unseen232',
  'unseen233',
  'unseen234',
  'unseen235',
  'unseen236',
  'unseen237',
  'unseen238',
  'unseen239',
  'unseen240',
  'unseen241',
  'unseen242',
  'unseen243',
  'unseen244',
  'unseen245',
  'unseen246',
  'unseen247',
  'unseen248',
  'unseen249',
  'unseen250',
  'unseen251',
  'unseen252',
  'unseen253',
  'unseen254',
  'unseen255',
  'unseen256',
  'unseen257',
  'unseen258',
  'unseen259',
  'unseen260',
  'unseen261',
  'unseen262',
  'unseen263',
  'unseen264',
];
const DEFAULT_FILES = ['golden', 'heldout', 'fresh', 'traps', ...UNSEEN_SETS].map((set) =>
  join(repoRoot, `test/fixtures/golden/${set}.jsonl`),
);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', multiple: true },
      provider: { type: 'string' },
      report: { type: 'string' },
      tenant: { type: 'string', default: '*' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run eval -- [--file f.jsonl ...] [--provider builtin|gemini|openai] [--report out.json] [--tenant BANK]',
    );
    return;
  }
  loadDotEnv(repoRoot);
  const config = parseEnv(workerEnvSchema, {
    ...process.env,
    ...(values.provider ? { LLM_PROVIDER: values.provider } : {}),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const logger = createLogger('eval', config.LOG_LEVEL);
  await loadGuard();
  const analyticsDb = createPool({
    connectionString: config.ANALYTICS_DATABASE_URL ?? config.DATABASE_URL,
    applicationName: 'pa-eval',
    kind: 'analytics',
  });
  const appDb = createPool({ connectionString: config.DATABASE_URL, applicationName: 'pa-eval' });
  const redis = createRedis(redisTarget(config), 'pa-eval');
  try {
    const { pipeline } = buildPipeline(config, { analyticsDb, appDb, redis, logger });
    const files = (values.file ?? DEFAULT_FILES).map((f) => (f.startsWith('/') ? f : join(process.cwd(), f)));
    const cases = readEvalCases(files);
    const report = await runEval(
      {
        pipeline,
        caller: callerSchema.parse({
          user_id: 'eval',
          tenant: values.tenant ?? ALL_BANKS,
          role: (values.tenant ?? ALL_BANKS) === ALL_BANKS ? 'admin' : 'analyst',
          time_zone: config.DEFAULT_TIMEZONE,
          request_id: `eval-${randomUUID()}`,
        }),
        runReference: (sql, caller) =>
          executeReadOnly(analyticsDb, sql, caller, {
            ...defaultExecuteLimits,
            statementTimeoutMs: 30_000,
            maxRows: 100_000,
            maxBytes: 50 * 1024 * 1024,
            maxPlanCost: 0,
          }),
      },
      cases,
    );
    if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `planner: ${pipeline.planner.name}; files: ${files.map((f) => f.replace(`${repoRoot}`, '')).join(', ')}`,
    );
    console.log(formatEvalReport(report));
  } finally {
    redis.disconnect();
    await Promise.allSettled([analyticsDb.end(), appDb.end()]);
  }
}

main().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
