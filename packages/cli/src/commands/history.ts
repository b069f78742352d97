import type { ApiClient, HistoryItem } from '../api-client.js';
import type { Command } from '../command-line.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { renderTable } from '../render-table.js';
import type { Terminal } from '../terminal.js';

type History = Extract<Command, { name: 'history' }>;

/** `2026-11-30T06:43:22.699Z` → `2026-11-30 06:43Z`: minutes are enough to find a question again. */
const minute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')}Z`;

function historyTable(items: HistoryItem[], showTenant: boolean): string {
  return renderTable(
    ['asked', 'status', 'id', ...(showTenant ? ['bank'] : []), 'question'],
    items.map((i) => [minute(i.created_at), i.status, i.id, ...(showTenant ? [i.tenant] : []), i.question]),
    [],
  );
}

/** The command that shows the next page: the same filters, the new cursor. */
function nextPage(cmd: History, cursor: string): string {
  const flags = [
    ...(cmd.limit !== null ? [`--limit ${cmd.limit}`] : []),
    ...(cmd.status !== null ? [`--status ${cmd.status}`] : []),
    ...(cmd.from !== null ? [`--from ${cmd.from}`] : []),
    ...(cmd.to !== null ? [`--to ${cmd.to}`] : []),
    `--cursor ${cursor}`,
  ];
  return `pa history ${flags.join(' ')}`;
}

/** `pa history`: the caller's finished questions, newest first, a page at a time. */
export async function history(client: ApiClient, term: Terminal, cmd: History): Promise<ExitCode> {
  const page = await client.listHistory({
    ...(cmd.limit !== null ? { limit: cmd.limit } : {}),
    ...(cmd.cursor !== null ? { cursor: cmd.cursor } : {}),
    ...(cmd.status !== null ? { status: cmd.status } : {}),
    ...(cmd.from !== null ? { from: cmd.from } : {}),
    ...(cmd.to !== null ? { to: cmd.to } : {}),
  });
  if (cmd.format === 'json') {
    term.out(`${JSON.stringify(page, null, 2)}\n`);
    return EXIT.ok;
  }
  if (page.items.length === 0) term.say('no finished questions (with these filters)');
  else {
    // An admin sees every bank's questions: then say whose each one is.
    const banks = new Set(page.items.map((i) => i.tenant));
    term.out(`${historyTable(page.items, banks.size > 1)}\n`);
  }
  if (page.next_cursor) term.say(`more: ${nextPage(cmd, page.next_cursor)}`);
  return EXIT.ok;
}
