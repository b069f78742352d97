import {
  asNode,
  displayIdentifier,
  displayName,
  type Fields,
  fieldsOf,
  isFields,
  listOf,
  stringField,
  stringList,
} from './ast.js';
import { figureColumnName } from './column-name.js';
import { statementKind, unsupportedConstruct } from './constructs.js';
import {
  type Context,
  type CteScope,
  clean,
  ExpressionChecker,
  personalUse,
  type SelectTarget,
  type Value,
} from './expressions.js';
import { Findings } from './findings.js';
import type { CompiledPolicy } from './policy.js';
import {
  type Column,
  expandStar,
  type Level,
  type RangeEntry,
  renameColumns,
  resolveColumn,
} from './scope.js';
import { integerLiteral, tableColumnSize } from './value-size.js';

/** A select-list item as ORDER BY / GROUP BY may refer to it: by output name or position. */
interface Target {
  readonly name: string | undefined;
  readonly value: Value;
}

const finalSelectList: SelectTarget = { clause: 'the select list', sink: true };
const setOperationBranch: SelectTarget = {
  clause: 'a set operation (UNION / INTERSECT / EXCEPT compares values)',
  sink: true,
};

const lockStrengths: Readonly<Record<string, string>> = {
  LCS_FORKEYSHARE: 'FOR KEY SHARE',
  LCS_FORSHARE: 'FOR SHARE',
  LCS_FORNOKEYUPDATE: 'FOR NO KEY UPDATE',
  LCS_FORUPDATE: 'FOR UPDATE',
};

/** SelectStmt fields with no expression in them, or handled by their own step. */
const selectScalarFields: ReadonlySet<string> = new Set(['op', 'all', 'limitOption', 'groupDistinct']);

/** What the walk found: every reason to reject the statement, and what its column references name. */
export interface Inspection {
  /** Why the statement may not run, one sentence each; empty when it may. */
  readonly reasons: string[];
  /** The column a ColumnRef node's fields resolved to, as PostgreSQL resolves it; undefined if not resolved. */
  readonly columnOf: (columnRef: object) => Column | undefined;
}

/**
 * Checks one parsed statement against the policy and returns every reason to reject it (none: allowed).
 *
 * The walk resolves every name as PostgreSQL would, follows personal data from column to column
 * through derived tables (taint), and bounds the size of every value. Node types it does not know are
 * rejected, so a construct the guard was not written for can never slip through unseen.
 */
export function inspectStatement(statement: unknown, policy: CompiledPolicy): Inspection {
  const inspector = new StatementInspector(policy);
  const reasons = inspector.inspect(statement);
  return { reasons, columnOf: (columnRef) => inspector.columnOf(columnRef) };
}

class StatementInspector {
  private readonly findings = new Findings();
  private readonly expressions: ExpressionChecker;
  private relationReferences = 0;

  constructor(private readonly policy: CompiledPolicy) {
    this.expressions = new ExpressionChecker(policy, this.findings, (value, outer, ctes, target) =>
      this.selectNode(value, outer, ctes, target),
    );
  }

  columnOf(columnRef: object): Column | undefined {
    return this.expressions.resolved.get(columnRef);
  }

  inspect(statement: unknown): string[] {
    const node = asNode(statement);
    if (!node) {
      this.findings.reject('SQL does not contain a statement');
    } else if (node.type !== 'SelectStmt') {
      this.findings.reject(`only SELECT is allowed, found ${statementKind(node.type, node.fields)}`);
    } else {
      this.select(node.fields, undefined, new Map(), finalSelectList);
      const limit = this.policy.maxRelationReferences;
      if (this.relationReferences > limit) {
        this.findings.reject(
          `the query reads tables or CTEs ${this.relationReferences} times; at most ${limit} references are allowed`,
        );
      }
    }
    return this.findings.reasons;
  }

  // ---------------------------------------------------------------- SELECT

  private selectNode(
    value: unknown,
    outer: Level | undefined,
    ctes: CteScope,
    target: SelectTarget,
  ): Column[] {
    const node = asNode(value);
    if (node?.type === 'SelectStmt') return this.select(node.fields, outer, ctes, target);
    // Set-operation branches are printed inline: their C type is SelectStmt, not Node.
    if (!node && isFields(value) && 'op' in value) return this.select(value, outer, ctes, target);
    if (node)
      this.findings.reject(
        `only SELECT subqueries are allowed, found ${statementKind(node.type, node.fields)}`,
      );
    else this.findings.reject('unsupported subquery');
    return [];
  }

  /** Checks a SELECT (or VALUES, or set operation) and returns its output columns. */
  private select(
    select: Fields,
    outer: Level | undefined,
    outerCtes: CteScope,
    target: SelectTarget,
  ): Column[] {
    if (!this.findings.enter()) return [];
    this.checkSelectClauses(select);
    const ctes = this.withClause(fieldsOf(select, 'withClause'), outer, outerCtes);
    let columns: Column[];
    if (stringField(select, 'op') !== 'SETOP_NONE') {
      columns = this.setOperation(select, outer, ctes, target);
    } else if (listOf(select.valuesLists).length > 0) {
      columns = this.values(select, outer, ctes, target);
    } else {
      columns = this.plainSelect(select, outer, ctes, target);
    }
    this.findings.leave();
    return columns;
  }

  private checkSelectClauses(select: Fields): void {
    if (select.intoClause) this.findings.reject('SELECT INTO is not allowed: it creates a table');
    for (const item of listOf(select.lockingClause)) {
      const strength = stringField(asNode(item)?.fields, 'strength') ?? '';
      this.findings.reject(
        `${lockStrengths[strength] ?? 'row locking'} is not allowed: the guard only runs reads`,
      );
    }
  }

  /** Checks the CTEs of a WITH and returns the CTEs the statement's body sees. */
  private withClause(
    withClause: Fields | undefined,
    outer: Level | undefined,
    outerCtes: CteScope,
  ): CteScope {
    if (!withClause) return outerCtes;
    const recursive = withClause.recursive === true;
    if (recursive) this.findings.reject('WITH RECURSIVE is not allowed');
    const scope = new Map(outerCtes);
    const names = listOf(withClause.ctes).map((cte) => stringField(asNode(cte)?.fields, 'ctename') ?? '');
    // Recursive CTEs see every name of their WITH; the guard rejects them and does not look further.
    if (recursive) for (const name of names) scope.set(name, undefined);
    for (const item of listOf(withClause.ctes)) {
      const cte = asNode(item);
      if (cte?.type !== 'CommonTableExpr') {
        if (cte) this.findings.reject(unsupportedConstruct(cte.type, cte.fields));
        continue;
      }
      const name = stringField(cte.fields, 'ctename') ?? '';
      if (cte.fields.search_clause || cte.fields.cycle_clause) {
        this.findings.reject(
          `SEARCH / CYCLE in CTE ${displayIdentifier(name)} are not allowed (they need recursion)`,
        );
      }
      const query = asNode(cte.fields.ctequery);
      let columns: readonly Column[] = [];
      if (query?.type === 'SelectStmt') {
        // A non-recursive CTE sees only the CTEs before it: its own name, or a later one, is a table there.
        columns = this.select(query.fields, outer, new Map(scope), {
          clause: `the select list of CTE ${displayIdentifier(name)}`,
          sink: false,
        });
      } else if (query) {
        this.findings.reject(
          `data-modifying CTE ${displayIdentifier(name)} (${statementKind(query.type, query.fields)}) is not allowed`,
        );
      }
      const renamed = renameColumns(columns, stringList(cte.fields.aliascolnames));
      if (!renamed) this.findings.reject(`CTE ${displayIdentifier(name)} has more column names than columns`);
      scope.set(name, renamed ?? columns);
    }
    return scope;
  }

  private setOperation(
    select: Fields,
    outer: Level | undefined,
    ctes: CteScope,
    target: SelectTarget,
  ): Column[] {
    const left = this.selectNode(select.larg, outer, ctes, setOperationBranch);
    const right = this.selectNode(select.rarg, outer, ctes, setOperationBranch);
    const columns = left.map((column, index) => {
      const other = right[index];
      return {
        name: column.name,
        personal: column.personal ?? other?.personal,
        size: Math.max(column.size, other?.size ?? 0),
      };
    });
    this.outputClauses(select, outer, ctes, columns, target);
    return columns;
  }

  /** VALUES as a statement or in FROM: its rows are checked like a select list. */
  private values(select: Fields, outer: Level | undefined, ctes: CteScope, target: SelectTarget): Column[] {
    const context: Context = {
      level: outer,
      ctes,
      clause: target.sink ? `VALUES in ${target.clause}` : 'VALUES',
    };
    const columns: { personal: string | undefined; size: number }[] = [];
    for (const row of listOf(select.valuesLists)) {
      const items = listOf(asNode(row)?.fields.items);
      items.forEach((item, index) => {
        const value = target.sink
          ? this.expressions.use(item, context, context.clause)
          : this.expressions.expression(item, context);
        const column = columns[index] ?? { personal: undefined, size: 0 };
        columns[index] = {
          personal: column.personal ?? value.personal,
          size: Math.max(column.size, value.size),
        };
      });
    }
    const named = columns.map((column, index) => ({ ...column, name: `column${index + 1}` }));
    this.outputClauses(select, outer, ctes, named, target);
    return named;
  }

  /** ORDER BY / LIMIT / OFFSET after a set operation or VALUES: names there are output columns. */
  private outputClauses(
    select: Fields,
    outer: Level | undefined,
    ctes: CteScope,
    columns: readonly Column[],
    target: SelectTarget,
  ): void {
    const output: RangeEntry = { name: undefined, columns, relationVisible: false, columnsVisible: true };
    const level: Level = { entries: [output], parent: outer };
    const targets = columns.map((column): Target => ({ name: column.name, value: column }));
    this.sortClause(select.sortClause, { level, ctes, clause: 'ORDER BY' }, targets);
    this.limits(select, { level, ctes, clause: 'LIMIT' });
    for (const field of [
      'targetList',
      'fromClause',
      'whereClause',
      'groupClause',
      'havingClause',
      'windowClause',
    ]) {
      if (listOf(select[field]).length > 0 || asNode(select[field])) {
        this.findings.reject(`unsupported SQL construct: ${field} in ${target.clause}`);
      }
    }
  }

  private plainSelect(
    select: Fields,
    outer: Level | undefined,
    ctes: CteScope,
    target: SelectTarget,
  ): Column[] {
    const level: Level = { entries: this.fromClause(select.fromClause, outer, ctes), parent: outer };
    const context = (clause: string): Context => ({ level, ctes, clause });
    const { columns, targets } = this.targetList(select.targetList, context(target.clause), target);
    for (const [field, value] of Object.entries(select)) {
      switch (field) {
        case 'whereClause':
          this.expressions.use(value, context('WHERE'), 'WHERE');
          break;
        case 'groupClause':
          for (const item of listOf(value)) this.groupItem(item, context('GROUP BY'), targets);
          break;
        case 'havingClause':
          this.expressions.use(value, context('HAVING'), 'HAVING');
          break;
        case 'windowClause':
          for (const item of listOf(value))
            this.expressions.windowDefinition(asNode(item)?.fields, context('a WINDOW clause'));
          break;
        case 'distinctClause':
          for (const item of listOf(value)) {
            // plain DISTINCT is printed as a list holding one empty object
            if (asNode(item))
              this.expressions.sinkValue(
                this.targetReference(item, context('DISTINCT ON'), targets, false),
                'DISTINCT ON',
              );
          }
          break;
        case 'sortClause':
          this.sortClause(value, context('ORDER BY'), targets);
          break;
        case 'limitCount':
        case 'limitOffset':
          this.limits({ [field]: value }, context('LIMIT'));
          break;
        case 'targetList':
        case 'fromClause':
        case 'withClause':
        case 'intoClause':
        case 'lockingClause':
        case 'valuesLists':
          break;
        default:
          if (!selectScalarFields.has(field))
            this.findings.reject(`unsupported SQL construct: SELECT ${field}`);
      }
    }
    return columns;
  }

  private limits(select: Fields, context: Context): void {
    if (select.limitCount) this.expressions.use(select.limitCount, { ...context, clause: 'LIMIT' }, 'LIMIT');
    if (select.limitOffset)
      this.expressions.use(select.limitOffset, { ...context, clause: 'OFFSET' }, 'OFFSET');
  }

  // ---------------------------------------------------------------- select list, ORDER BY, GROUP BY

  private targetList(
    list: unknown,
    context: Context,
    target: SelectTarget,
  ): { columns: Column[]; targets: Target[] } {
    const columns: Column[] = [];
    const targets: Target[] = [];
    for (const item of listOf(list)) {
      const node = asNode(item);
      if (node?.type !== 'ResTarget') {
        if (node) this.findings.reject(unsupportedConstruct(node.type, node.fields));
        continue;
      }
      this.findings.onlyFields('ResTarget', node.fields, ['val']);
      const star = this.starQualifier(node.fields.val);
      if (star) {
        for (const column of this.expandStarItem(star, context, target)) {
          columns.push(column);
          targets.push({ name: column.name, value: column });
        }
        continue;
      }
      const value = this.expressions.expression(node.fields.val, context);
      if (target.sink) this.expressions.sinkValue(value, target.clause);
      const name =
        stringField(node.fields, 'name') ??
        figureColumnName(node.fields.val, (subLink) => this.expressions.subqueryName(subLink));
      // A bare column passed on keeps its source (and so its type) for the rewrite.
      const reference = asNode(node.fields.val);
      const source =
        reference?.type === 'ColumnRef' ? this.expressions.resolved.get(reference.fields)?.source : undefined;
      columns.push({ name, personal: value.personal, size: value.size, ...(source ? { source } : {}) });
      targets.push({ name, value });
    }
    return { columns, targets };
  }

  /** For `*` or `t.*`: the qualifier's names (empty for `*`); undefined for any other expression. */
  private starQualifier(value: unknown): string[] | undefined {
    const reference = asNode(value);
    if (reference?.type !== 'ColumnRef') return undefined;
    const fields = listOf(reference.fields.fields);
    if (asNode(fields.at(-1))?.type !== 'A_Star') return undefined;
    return stringList(fields.slice(0, -1));
  }

  private expandStarItem(
    qualifier: readonly string[],
    context: Context,
    target: SelectTarget,
  ): readonly Column[] {
    const shown = qualifier.length === 0 ? 'SELECT *' : `${displayName(qualifier)}.*`;
    const expanded = context.level ? expandStar(context.level, qualifier) : undefined;
    if (!expanded) {
      this.findings.reject(`${shown} with no table in FROM is not allowed`);
      return [];
    }
    if (!expanded.ok) {
      this.findings.reject(expanded.reason);
      return [];
    }
    const withheld = [
      ...new Set(expanded.columns.filter((c) => c.withheld && c.name).map((c) => c.name ?? '')),
    ];
    if (withheld.length > 0) {
      this.findings.reject(
        `${shown} would read ${withheld.join(', ')}, which cannot be read: list the columns you need`,
      );
    }
    const personal = [
      ...new Set(expanded.columns.map((column) => column.personal).filter((p) => p !== undefined)),
    ];
    if (target.sink && personal.length > 0) {
      this.findings.reject(
        `${shown} would put ${personal.join(', ')} (personal data) in ${target.clause}: list the columns you need`,
      );
    }
    return expanded.columns;
  }

  /**
   * ORDER BY and DISTINCT ON read a bare name as an output column first, GROUP BY as an input column
   * first; both read an integer literal as a select-list position (PostgreSQL's SQL92 rules).
   */
  private targetReference(
    value: unknown,
    context: Context,
    targets: readonly Target[],
    inputFirst: boolean,
  ): Value {
    const node = asNode(value);
    const position = integerLiteral(value);
    if (position !== undefined) {
      const target = targets[position - 1];
      if (!target) this.findings.reject(`${context.clause} position ${position} is not in the select list`);
      return target?.value ?? clean;
    }
    const names = node?.type === 'ColumnRef' ? stringList(node.fields.fields) : [];
    const name = names.length === 1 && listOf(node?.fields.fields).length === 1 ? names[0] : undefined;
    if (name !== undefined) {
      const local: Level | undefined = context.level && { entries: context.level.entries, parent: undefined };
      const isInput = inputFirst && resolveColumn(local, [name]).ok;
      const matches = targets.filter((target) => target.name === name);
      if (!isInput && matches.length > 0) {
        return {
          personal: matches.find((target) => target.value.personal)?.value.personal,
          size: Math.max(...matches.map((target) => target.value.size)),
        };
      }
    }
    return this.expressions.expression(value, context);
  }

  private sortClause(list: unknown, context: Context, targets: readonly Target[]): void {
    for (const item of listOf(list)) {
      const sortBy = asNode(item);
      if (sortBy?.type !== 'SortBy') {
        if (sortBy) this.findings.reject(unsupportedConstruct(sortBy.type, sortBy.fields));
        continue;
      }
      this.findings.onlyFields('SortBy', sortBy.fields, ['node', 'useOp']);
      if (sortBy.fields.useOp) this.expressions.checkOperator(sortBy.fields.useOp);
      this.expressions.sinkValue(
        this.targetReference(sortBy.fields.node, context, targets, false),
        context.clause,
      );
    }
  }

  private groupItem(item: unknown, context: Context, targets: readonly Target[]): void {
    const node = asNode(item);
    if (node?.type === 'GroupingSet') {
      this.findings.onlyFields('GroupingSet', node.fields, ['content']);
      for (const inner of listOf(node.fields.content)) this.groupItem(inner, context, targets);
      return;
    }
    if (node?.type === 'RowExpr') {
      // GROUP BY (a, b) inside GROUPING SETS / ROLLUP is a list of grouping columns
      for (const inner of listOf(node.fields.args)) this.groupItem(inner, context, targets);
      return;
    }
    this.expressions.sinkValue(this.targetReference(item, context, targets, true), 'GROUP BY');
  }

  // ---------------------------------------------------------------- FROM

  /** The range entries of a FROM list, in order; a LATERAL item sees the ones before it. */
  private fromClause(list: unknown, outer: Level | undefined, ctes: CteScope): RangeEntry[] {
    const entries: RangeEntry[] = [];
    for (const item of listOf(list)) entries.push(...this.fromItem(item, outer, ctes, entries).entries);
    const names = entries.filter((entry) => entry.relationVisible).map((entry) => entry.name);
    for (const [index, name] of names.entries()) {
      if (names.indexOf(name) !== index) {
        this.findings.reject(
          `table name ${displayIdentifier(name ?? '')} is specified more than once: give each an alias`,
        );
      }
    }
    return entries;
  }

  private fromItem(
    value: unknown,
    outer: Level | undefined,
    ctes: CteScope,
    lateral: readonly RangeEntry[],
  ): { entries: RangeEntry[]; columns: readonly Column[] } {
    const node = asNode(value);
    if (!node || !this.findings.enter()) return { entries: [], columns: [] };
    let result: { entries: RangeEntry[]; columns: readonly Column[] };
    switch (node.type) {
      case 'RangeVar':
        result = this.relation(node.fields, ctes);
        break;
      case 'RangeSubselect':
        result = this.subqueryInFrom(node.fields, outer, ctes, lateral);
        break;
      case 'JoinExpr':
        result = this.join(node.fields, outer, ctes, lateral);
        break;
      default:
        this.findings.reject(unsupportedConstruct(node.type, node.fields));
        result = { entries: [opaqueEntry(undefined)], columns: [] };
    }
    this.findings.leave();
    return result;
  }

  private relation(relation: Fields, ctes: CteScope): { entries: RangeEntry[]; columns: readonly Column[] } {
    const name = stringField(relation, 'relname') ?? '';
    const schema = stringField(relation, 'schemaname');
    const catalog = stringField(relation, 'catalogname');
    const alias = fieldsOf(relation, 'alias');
    const aliasName = stringField(alias, 'aliasname');
    const colnames = stringList(alias?.colnames);
    this.relationReferences += 1;
    // Only an unqualified name can be a CTE; `app.question_history` or `pg_catalog.x` never is.
    const isCte = catalog === undefined && schema === undefined && ctes.has(name);
    const cte = isCte ? ctes.get(name) : undefined;
    if (isCte && !cte) return { entries: [opaqueEntry(aliasName ?? name)], columns: [] };
    if (cte) {
      const columns = renameColumns(cte, colnames);
      if (!columns)
        this.findings.reject(`more column aliases than columns for CTE ${displayIdentifier(name)}`);
      return { entries: [visibleEntry(aliasName ?? name, columns ?? cte)], columns: columns ?? cte };
    }
    const parts = [catalog, schema, name].filter((part): part is string => part !== undefined);
    const info = catalog === undefined ? this.policy.relations.get(parts.join('.')) : undefined;
    if (!info) {
      this.findings.reject(`relation ${displayName(parts)} is not allowed`);
      return { entries: [opaqueEntry(aliasName ?? name)], columns: [] };
    }
    if (colnames.length > 0) {
      this.findings.reject(
        `column aliases on table ${displayIdentifier(name)} are not allowed: name the columns you read`,
      );
    }
    const columns = info.columns.map(
      (column): Column => ({
        name: column,
        personal: this.policy.personalColumns.has(column) ? column : undefined,
        size: tableColumnSize,
        withheld: this.policy.withheldColumns.get(column),
        source: `${info.schema}.${info.name}.${column}`,
      }),
    );
    const entry: RangeEntry = {
      ...visibleEntry(aliasName ?? name, columns),
      schema: aliasName === undefined ? info.schema : undefined,
    };
    return { entries: [entry], columns };
  }

  private subqueryInFrom(
    subquery: Fields,
    outer: Level | undefined,
    ctes: CteScope,
    lateral: readonly RangeEntry[],
  ): { entries: RangeEntry[]; columns: readonly Column[] } {
    this.findings.onlyFields('RangeSubselect', subquery, ['subquery', 'alias']);
    const alias = fieldsOf(subquery, 'alias');
    const aliasName = stringField(alias, 'aliasname');
    // Only LATERAL sees the FROM items before it; others see just the levels around this SELECT.
    const parent = subquery.lateral === true ? { entries: lateral, parent: outer } : outer;
    const clause =
      aliasName === undefined ? 'a subquery in FROM' : `subquery ${displayIdentifier(aliasName)}`;
    const produced = this.selectNode(subquery.subquery, parent, ctes, {
      clause: `the select list of ${clause}`,
      sink: false,
    });
    const columns = renameColumns(produced, stringList(alias?.colnames));
    if (!columns) this.findings.reject(`more column aliases than columns for ${clause}`);
    const entry = visibleEntry(aliasName, columns ?? produced);
    return {
      entries: [{ ...entry, relationVisible: aliasName !== undefined }],
      columns: columns ?? produced,
    };
  }

  private join(
    join: Fields,
    outer: Level | undefined,
    ctes: CteScope,
    lateral: readonly RangeEntry[],
  ): { entries: RangeEntry[]; columns: readonly Column[] } {
    this.findings.onlyFields('JoinExpr', join, [
      'larg',
      'rarg',
      'usingClause',
      'join_using_alias',
      'quals',
      'alias',
    ]);
    const left = this.fromItem(join.larg, outer, ctes, lateral);
    const right = this.fromItem(join.rarg, outer, ctes, [...lateral, ...left.entries]);
    // ON sees only the two sides of this join (and the levels around the SELECT).
    const sides: Level = { entries: [...left.entries, ...right.entries], parent: outer };
    if (join.quals) this.expressions.use(join.quals, { level: sides, ctes, clause: 'JOIN ON' }, 'JOIN ON');

    const usingNames =
      join.isNatural === true ? naturalColumns(left.columns, right.columns) : stringList(join.usingClause);
    const how = join.isNatural === true ? 'NATURAL JOIN' : 'JOIN USING';
    const merged = usingNames.map((name) => this.mergedColumn(name, left.columns, right.columns, how));
    const rest = (columns: readonly Column[]) =>
      columns.filter((c) => c.name === undefined || !usingNames.includes(c.name));
    const columns = [...merged, ...rest(left.columns), ...rest(right.columns)];

    const alias = fieldsOf(join, 'alias');
    const aliasName = stringField(alias, 'aliasname');
    if (listOf(alias?.colnames).length > 0) {
      this.findings.reject('column aliases on a join are not allowed: name the columns you read');
    }
    if (aliasName !== undefined) {
      // An aliased join hides the names inside it.
      return { entries: [visibleEntry(aliasName, columns)], columns };
    }
    const inner = [...left.entries, ...right.entries].map((entry) => ({ ...entry, columnsVisible: false }));
    const entries: RangeEntry[] = [
      ...inner,
      { name: undefined, columns, relationVisible: false, columnsVisible: true },
    ];
    const usingAlias = stringField(fieldsOf(join, 'join_using_alias'), 'aliasname');
    if (usingAlias !== undefined) {
      entries.push({ name: usingAlias, columns: merged, relationVisible: true, columnsVisible: false });
    }
    return { entries, columns };
  }

  /** A USING / NATURAL column: one of each side, compared with each other, so never personal. */
  private mergedColumn(name: string, left: readonly Column[], right: readonly Column[], how: string): Column {
    const fromLeft = left.filter((column) => column.name === name);
    const fromRight = right.filter((column) => column.name === name);
    const [l] = fromLeft;
    const [r] = fromRight;
    if (!l || !r || fromLeft.length > 1 || fromRight.length > 1) {
      this.findings.reject(
        `${how} column ${displayIdentifier(name)} must be a column of both sides, exactly once`,
      );
    }
    const withheld = l?.withheld ?? r?.withheld;
    if (withheld) this.findings.reject(`${name} ${withheld}`);
    const personal = l?.personal ?? r?.personal;
    if (personal) this.findings.reject(personalUse(personal, how));
    return { name, personal, size: Math.max(l?.size ?? 0, r?.size ?? 0) };
  }
}

function visibleEntry(name: string | undefined, columns: readonly Column[]): RangeEntry {
  return { name, columns, relationVisible: true, columnsVisible: true };
}

/** A relation the guard rejected: references to it are not reported a second time. */
function opaqueEntry(name: string | undefined): RangeEntry {
  return { name, columns: [], relationVisible: name !== undefined, columnsVisible: true, opaque: true };
}

function naturalColumns(left: readonly Column[], right: readonly Column[]): string[] {
  const names = left.map((column) => column.name).filter((name): name is string => name !== undefined);
  return [...new Set(names)].filter((name) => right.some((column) => column.name === name));
}
