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
  type TypedNode,
} from './ast.js';
import { statementKind, unsupportedConstruct } from './constructs.js';
import { allowedOperators, type CompiledPolicy } from './policy.js';

/**
 * Where an expression sits, which decides whether a personal column may appear in it:
 * - `output`: its value can reach the result (select list, ORDER BY, HAVING outside count, windows...);
 * - `condition`: it only filters, groups or joins (WHERE, JOIN ON, GROUP BY, FILTER, IN / EXISTS subqueries);
 * - `count`: the argument of count(), which only ever returns a number.
 */
interface Position {
  readonly kind: 'output' | 'condition' | 'count';
  /** Where, in the analyst's words, e.g. "the select list" or "ORDER BY". */
  readonly clause: string;
}

/** What a subquery's select list feeds: its own result, or an expression around it. */
interface Target {
  readonly position: Position;
  readonly through: string | undefined;
}

interface Context extends Target {
  /** CTE names visible here: an unqualified relation with one of these names is not a table. */
  readonly scope: ReadonlySet<string>;
  /** The table a bare `*` of the current SELECT would expand, if any. */
  readonly starSource: string | undefined;
}

const selectList: Target = { position: { kind: 'output', clause: 'the select list' }, through: undefined };
const countArgument: Position = { kind: 'count', clause: 'count(...)' };
const windowPosition: Position = { kind: 'output', clause: 'a window PARTITION BY / ORDER BY' };

/** Deeper trees than this are not analytics; refusing them keeps the walk's stack bounded. */
const maxDepth = 200;
const maxPadLength = 1000;

const systemColumns: ReadonlySet<string> = new Set(['ctid', 'xmin', 'xmax', 'cmin', 'cmax', 'tableoid']);

const timeValueFunctions: ReadonlySet<string> = new Set([
  'SVFOP_CURRENT_DATE',
  'SVFOP_CURRENT_TIME',
  'SVFOP_CURRENT_TIME_N',
  'SVFOP_CURRENT_TIMESTAMP',
  'SVFOP_CURRENT_TIMESTAMP_N',
  'SVFOP_LOCALTIME',
  'SVFOP_LOCALTIME_N',
  'SVFOP_LOCALTIMESTAMP',
  'SVFOP_LOCALTIMESTAMP_N',
]);

/** A_Expr kinds whose `name` is an operator to check; BETWEEN kinds carry a keyword instead. */
const operatorExpressionKinds: ReadonlySet<string> = new Set([
  'AEXPR_OP',
  'AEXPR_OP_ANY',
  'AEXPR_OP_ALL',
  'AEXPR_DISTINCT',
  'AEXPR_NOT_DISTINCT',
  'AEXPR_NULLIF',
  'AEXPR_IN',
  'AEXPR_LIKE',
  'AEXPR_ILIKE',
  'AEXPR_SIMILAR',
]);
const betweenKinds: ReadonlySet<string> = new Set([
  'AEXPR_BETWEEN',
  'AEXPR_NOT_BETWEEN',
  'AEXPR_BETWEEN_SYM',
  'AEXPR_NOT_BETWEEN_SYM',
]);

/**
 * Functions and casts that can never fail with their argument's value in the error message.
 * A personal column may pass through them inside a condition or count(); anything else could turn
 * it into an error like `invalid input syntax for type date: "12/27"` and so reveal it.
 */
const leakFreeFunctions: ReadonlySet<string> = new Set([
  'lower',
  'upper',
  'initcap',
  'trim',
  'btrim',
  'ltrim',
  'rtrim',
  'length',
  'char_length',
  'character_length',
  'left',
  'right',
  'substr',
  'substring',
  'split_part',
  'strpos',
  'position',
  'concat',
  'concat_ws',
  'replace',
  'like_escape',
]);
const leakFreeCastTypes: ReadonlySet<string> = new Set(['text', 'varchar', 'bpchar']);

/** The parser's internal type names, as analysts write them. */
const sqlTypeNames: Readonly<Record<string, string>> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bpchar: 'char',
  bool: 'boolean',
  // unqualified `char` is PostgreSQL's internal one-byte "char" type; `char(n)` arrives as bpchar
  char: '"char"',
};

const lockStrengths: Readonly<Record<string, string>> = {
  LCS_FORKEYSHARE: 'FOR KEY SHARE',
  LCS_FORSHARE: 'FOR SHARE',
  LCS_FORNOKEYUPDATE: 'FOR NO KEY UPDATE',
  LCS_FORUPDATE: 'FOR UPDATE',
};

/**
 * Checks one parsed statement against the policy and returns every reason to reject it (none: allowed).
 *
 * The walk visits every field of every node. Node types it knows are checked by their rules; any other
 * node type is rejected, so a construct the guard was not written for can never slip through unseen.
 */
export function inspectStatement(statement: unknown, policy: CompiledPolicy): string[] {
  return new StatementInspector(policy).inspect(statement);
}

class StatementInspector {
  private readonly reasons = new Set<string>();
  private depth = 0;
  private relationReferences = 0;
  /** Names FROM items are known by (aliases, tables, CTE references, subqueries) anywhere in the statement. */
  private readonly rangeNames = new Set<string>();
  /** The subset naming real tables, whose `t.*` would include personal columns. */
  private readonly tableRangeNames = new Set<string>();
  /** The subset naming subqueries and CTE references, whose output lists are checked on their own. */
  private readonly derivedRangeNames = new Set<string>();
  /** Single-name column references: a whole-row reference when the name is a FROM item's. */
  private readonly bareColumnNames = new Set<string>();
  /** Qualifiers of `t.*` in positions where the row would reach the result. */
  private readonly starQualifiers = new Set<string>();

  constructor(private readonly policy: CompiledPolicy) {}

  inspect(statement: unknown): string[] {
    const node = asNode(statement);
    if (!node) {
      this.reject('SQL does not contain a statement');
    } else if (node.type !== 'SelectStmt') {
      this.reject(`only SELECT is allowed, found ${statementKind(node.type, node.fields)}`);
    } else {
      this.inspectSelect(node.fields, new Set(), selectList);
      this.checkDeferred();
    }
    return [...this.reasons];
  }

  private reject(reason: string): void {
    this.reasons.add(reason);
  }

  private checkDeferred(): void {
    for (const name of this.bareColumnNames) {
      if (this.rangeNames.has(name)) {
        this.reject(
          `whole-row reference ${displayIdentifier(name)} is not allowed: name the columns you need`,
        );
      }
    }
    if (this.policy.personalColumns.size > 0) {
      for (const name of this.starQualifiers) {
        // Only a subquery's or CTE's `x.*` is known to be safe; a table's or a join's may hold personal columns.
        if (this.tableRangeNames.has(name) || !this.derivedRangeNames.has(name)) {
          this.reject(
            `${displayIdentifier(name)}.* could return personal data (${this.policy.personalColumnList}): list the columns you need`,
          );
        }
      }
    }
    const limit = this.policy.maxRelationReferences;
    if (this.relationReferences > limit) {
      this.reject(
        `the query reads tables or CTEs ${this.relationReferences} times; at most ${limit} references are allowed`,
      );
    }
  }

  // ---------------------------------------------------------------- SELECT

  private inspectSelectNode(value: unknown, scope: ReadonlySet<string>, target: Target): void {
    const node = asNode(value);
    if (node?.type === 'SelectStmt') {
      this.inspectSelect(node.fields, scope, target);
    } else if (node) {
      this.reject(`only SELECT subqueries are allowed, found ${statementKind(node.type, node.fields)}`);
    } else if (value !== undefined) {
      this.reject('unsupported subquery');
    }
  }

  private inspectSelect(select: Fields, outerScope: ReadonlySet<string>, target: Target): void {
    if (!this.enter()) return;
    const scope = this.inspectWith(fieldsOf(select, 'withClause'), outerScope);
    const starSource = this.starSource(select.fromClause, scope);
    const context = (position: Position): Context => ({ scope, position, through: undefined, starSource });
    for (const [field, value] of Object.entries(select)) {
      switch (field) {
        case 'withClause':
        case 'op':
        case 'all':
        case 'limitOption':
        case 'groupDistinct':
          break;
        case 'larg':
        case 'rarg': {
          // Set-operation branches are printed inline: their C type is SelectStmt, not Node.
          const wrapped = asNode(value);
          if (wrapped) this.inspectSelectNode(value, scope, target);
          else if (isFields(value)) this.inspectSelect(value, scope, target);
          else this.reject('unsupported set operation');
          break;
        }
        case 'intoClause':
          this.reject('SELECT INTO is not allowed: it creates a table');
          break;
        case 'lockingClause':
          for (const item of listOf(value)) {
            const strength = stringField(asNode(item)?.fields, 'strength') ?? '';
            this.reject(
              `${lockStrengths[strength] ?? 'row locking'} is not allowed: the guard only runs reads`,
            );
          }
          break;
        case 'targetList':
          this.walk(value, { ...context(target.position), through: target.through });
          break;
        case 'valuesLists':
          this.walk(value, {
            ...context({ ...target.position, clause: 'VALUES' }),
            through: target.through,
          });
          break;
        case 'fromClause':
          this.walk(value, context({ kind: 'output', clause: 'FROM' }));
          break;
        case 'whereClause':
          this.walk(value, context({ kind: 'condition', clause: 'WHERE' }));
          break;
        case 'groupClause':
          this.walk(value, context({ kind: 'condition', clause: 'GROUP BY' }));
          break;
        case 'havingClause':
          this.walk(value, context({ kind: 'output', clause: 'HAVING outside count(...)' }));
          break;
        case 'windowClause':
          this.walk(value, context(windowPosition));
          break;
        case 'distinctClause':
          this.walk(value, context({ kind: 'output', clause: 'DISTINCT ON' }));
          break;
        case 'sortClause':
          this.walkOrderBy(value, context({ kind: 'output', clause: 'ORDER BY' }), select);
          break;
        case 'limitCount':
          this.walk(value, context({ kind: 'output', clause: 'LIMIT' }));
          break;
        case 'limitOffset':
          this.walk(value, context({ kind: 'output', clause: 'OFFSET' }));
          break;
        default:
          this.walk(value, context({ kind: 'output', clause: field }));
      }
    }
    this.leave();
  }

  /**
   * ORDER BY a bare name that is an output column's name sorts by that output column, which the select
   * list already checked (after a set operation every ORDER BY name is one). Anything else is walked.
   */
  private walkOrderBy(sortClause: unknown, context: Context, select: Fields): void {
    const isSetOperation = stringField(select, 'op') !== 'SETOP_NONE';
    const outputNames = new Set(
      listOf(select.targetList).map((target) => stringField(asNode(target)?.fields, 'name')),
    );
    for (const item of listOf(sortClause)) {
      const sortBy = asNode(item);
      const reference = asNode(sortBy?.fields.node);
      const parts = reference?.type === 'ColumnRef' ? listOf(reference.fields.fields) : [];
      const name = parts.length === 1 ? stringList(parts)[0] : undefined;
      if (sortBy?.type === 'SortBy' && name !== undefined && (isSetOperation || outputNames.has(name))) {
        if (sortBy.fields.useOp) this.checkOperator(sortBy.fields.useOp);
      } else {
        this.walk(item, context);
      }
    }
  }

  /** Checks the CTEs of a WITH and returns the scope the statement's body sees. */
  private inspectWith(withClause: Fields | undefined, outerScope: ReadonlySet<string>): ReadonlySet<string> {
    if (!withClause) return outerScope;
    const recursive = withClause.recursive === true;
    if (recursive) this.reject('WITH RECURSIVE is not allowed');
    const ctes = listOf(withClause.ctes).map(asNode);
    const allNames = ctes.map((cte) => stringField(cte?.fields, 'ctename') ?? '');
    let scope = outerScope;
    for (const cte of ctes) {
      if (cte?.type !== 'CommonTableExpr') {
        if (cte) this.reject(unsupportedConstruct(cte.type, cte.fields));
        continue;
      }
      const name = stringField(cte.fields, 'ctename') ?? '';
      if (cte.fields.search_clause || cte.fields.cycle_clause) {
        this.reject(`SEARCH / CYCLE in CTE ${displayIdentifier(name)} are not allowed (they need recursion)`);
      }
      // A non-recursive CTE sees only the CTEs before it: its own name, or a later one, is a real table there.
      const bodyScope = recursive ? new Set([...scope, ...allNames]) : scope;
      const query = asNode(cte.fields.ctequery);
      if (query?.type === 'SelectStmt') {
        this.inspectSelect(query.fields, bodyScope, {
          position: { kind: 'output', clause: `the select list of CTE ${displayIdentifier(name)}` },
          through: undefined,
        });
      } else if (query) {
        this.reject(
          `data-modifying CTE ${displayIdentifier(name)} (${statementKind(query.type, query.fields)}) is not allowed`,
        );
      }
      const rest = {
        scope: bodyScope,
        position: selectList.position,
        through: undefined,
        starSource: undefined,
      };
      this.walkFields(cte.fields, rest, new Set(['ctequery', 'search_clause', 'cycle_clause']));
      scope = new Set([...scope, name]);
    }
    return scope;
  }

  /** The first real table among a SELECT's FROM items (joins included, subqueries not). */
  private starSource(fromClause: unknown, scope: ReadonlySet<string>): string | undefined {
    for (const item of listOf(fromClause)) {
      const node = asNode(item);
      if (!node) continue;
      if (node.type === 'RangeVar') {
        const relation = stringField(node.fields, 'relname') ?? '';
        const schema = stringField(node.fields, 'schemaname');
        const parts = schema === undefined ? [relation] : [schema, relation];
        const isTable = schema !== undefined || !scope.has(relation);
        // Only allowed tables matter: any other relation is rejected on its own.
        if (isTable && this.policy.allowedRelations.has(parts.join('.'))) return displayName(parts);
      } else if (node.type === 'JoinExpr') {
        const found = this.starSource([node.fields.larg, node.fields.rarg], scope);
        if (found) return found;
      } else if (node.type === 'RangeTableSample') {
        const found = this.starSource([node.fields.relation], scope);
        if (found) return found;
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- generic walk

  private enter(): boolean {
    this.depth += 1;
    if (this.depth > maxDepth) {
      this.depth -= 1;
      this.reject('SQL is nested too deeply');
      return false;
    }
    return true;
  }

  private leave(): void {
    this.depth -= 1;
  }

  private walk(value: unknown, context: Context): void {
    if (Array.isArray(value)) {
      for (const item of value) this.walk(item, context);
      return;
    }
    if (!isFields(value)) return;
    const node = asNode(value);
    if (node) {
      if (!this.enter()) return;
      this.visit(node, context);
      this.leave();
    } else {
      this.walkFields(value, context);
    }
  }

  /** Walks every field except those a visitor handled itself. Inline type names are checked here. */
  private walkFields(fields: Fields, context: Context, handled?: ReadonlySet<string>): void {
    for (const [field, value] of Object.entries(fields)) {
      if (handled?.has(field)) continue;
      if (field === 'typeName' && isFields(value)) this.checkTypeName(value);
      this.walk(value, context);
    }
  }

  private visit(node: TypedNode, context: Context): void {
    const { fields } = node;
    switch (node.type) {
      case 'A_Const':
      case 'String':
      case 'Integer':
      case 'Float':
      case 'Boolean':
      case 'BitString':
      case 'A_Star':
      case 'Alias':
      case 'List':
      case 'ResTarget':
      case 'BoolExpr':
      case 'NullTest':
      case 'BooleanTest':
      case 'CaseExpr':
      case 'CaseWhen':
      case 'CoalesceExpr':
      case 'MinMaxExpr':
      case 'A_ArrayExpr':
      case 'RowExpr':
      case 'CollateClause':
      case 'NamedArgExpr':
      case 'GroupingSet':
      case 'GroupingFunc':
      case 'A_Indices':
        this.walkFields(fields, context);
        return;
      case 'SelectStmt':
        this.inspectSelect(fields, context.scope, context);
        return;
      case 'ColumnRef':
        this.checkColumnRef(fields, context);
        return;
      case 'A_Expr':
        this.visitOperatorExpression(fields, context);
        return;
      case 'FuncCall':
        this.visitFunctionCall(fields, context);
        return;
      case 'TypeCast':
        this.visitTypeCast(fields, context);
        return;
      case 'SubLink':
        this.visitSubLink(fields, context);
        return;
      case 'SQLValueFunction':
        this.checkValueFunction(fields);
        return;
      case 'RangeVar':
        this.visitRelation(fields, context);
        return;
      case 'RangeSubselect':
        this.visitSubqueryInFrom(fields, context);
        return;
      case 'JoinExpr':
        this.visitJoin(fields, context);
        return;
      case 'SortBy':
        if (fields.useOp) this.checkOperator(fields.useOp);
        this.walkFields(fields, context);
        return;
      case 'WindowDef':
        this.walkWindow(fields, context);
        return;
      case 'A_Indirection':
        this.visitIndirection(fields, context);
        return;
      default:
        this.reject(unsupportedConstruct(node.type, fields));
        this.walkFields(fields, context);
    }
  }

  // ---------------------------------------------------------------- FROM items

  private visitRelation(relation: Fields, context: Context): void {
    const name = stringField(relation, 'relname') ?? '';
    const schema = stringField(relation, 'schemaname');
    const catalog = stringField(relation, 'catalogname');
    const alias = fieldsOf(relation, 'alias');
    const aliasName = stringField(alias, 'aliasname');
    this.relationReferences += 1;
    this.rangeNames.add(aliasName ?? name);
    // Only an unqualified name can be a CTE; `app.question_history` or `pg_catalog.x` never is.
    if (catalog === undefined && schema === undefined && context.scope.has(name)) {
      this.derivedRangeNames.add(aliasName ?? name);
      this.walkFields(relation, context);
      return;
    }
    if (listOf(alias?.colnames).length > 0) {
      this.reject(
        `column aliases on table ${displayIdentifier(name)} are not allowed: they could rename personal columns`,
      );
    }
    const parts = [catalog, schema, name].filter((part): part is string => part !== undefined);
    if (catalog !== undefined || !this.policy.allowedRelations.has(parts.join('.'))) {
      this.reject(`relation ${displayName(parts)} is not allowed`);
    } else {
      this.tableRangeNames.add(name);
      if (aliasName !== undefined) this.tableRangeNames.add(aliasName);
    }
    this.walkFields(relation, context);
  }

  private visitSubqueryInFrom(subquery: Fields, context: Context): void {
    const alias = stringField(fieldsOf(subquery, 'alias'), 'aliasname');
    if (alias !== undefined) {
      this.rangeNames.add(alias);
      this.derivedRangeNames.add(alias);
    }
    this.inspectSelectNode(subquery.subquery, context.scope, {
      position: { kind: 'output', clause: 'the select list of a subquery in FROM' },
      through: undefined,
    });
    this.walkFields(subquery, context, new Set(['subquery']));
  }

  private visitJoin(join: Fields, context: Context): void {
    for (const aliasField of ['alias', 'join_using_alias']) {
      const alias = fieldsOf(join, aliasField);
      const aliasName = stringField(alias, 'aliasname');
      if (aliasName !== undefined) this.rangeNames.add(aliasName);
      if (listOf(alias?.colnames).length > 0) {
        this.reject('column aliases on a join are not allowed: they could rename personal columns');
      }
    }
    this.walk(join.larg, context);
    this.walk(join.rarg, context);
    this.walk(join.quals, {
      ...context,
      position: { kind: 'condition', clause: 'JOIN ON' },
      through: undefined,
    });
    this.walkFields(join, context, new Set(['larg', 'rarg', 'quals']));
  }

  // ---------------------------------------------------------------- expressions

  private checkColumnRef(columnRef: Fields, context: Context): void {
    const fields = listOf(columnRef.fields).map(asNode);
    const last = fields.at(-1);
    if (last?.type === 'A_Star') {
      this.checkStar(fields, context);
      return;
    }
    const names = stringList(columnRef.fields);
    const column = names.at(-1);
    if (column === undefined) return;
    if (names.length === 1) this.bareColumnNames.add(column);
    if (systemColumns.has(column)) {
      this.reject(`system column ${column} is not allowed`);
      return;
    }
    const personal = column.toLowerCase();
    if (this.policy.personalColumns.has(personal)) this.checkPersonalUse(personal, context);
  }

  private checkPersonalUse(column: string, context: Context): void {
    const { position, through } = context;
    if (position.kind === 'output') {
      const where = through ? `${through} in ${position.clause}` : position.clause;
      this.reject(`${column} is personal data: only count(...) may use it (found in ${where})`);
    } else if (through) {
      this.reject(
        `${column} is personal data: in ${position.clause} it may be compared or counted but not passed to ${through}, whose result or error could reveal its value`,
      );
    }
  }

  private checkStar(fields: readonly (TypedNode | undefined)[], context: Context): void {
    const exposesRow = context.position.kind === 'output' || context.through !== undefined;
    if (!exposesRow || this.policy.personalColumns.size === 0) return;
    if (fields.length === 1) {
      if (context.starSource !== undefined) {
        this.reject(
          `SELECT * over ${context.starSource} would return personal data (${this.policy.personalColumnList}): list the columns you need`,
        );
      }
      return;
    }
    const qualifier = fields.at(-2);
    const name = qualifier?.type === 'String' ? stringField(qualifier.fields, 'sval') : undefined;
    if (name !== undefined) this.starQualifiers.add(name);
  }

  private visitOperatorExpression(expression: Fields, context: Context): void {
    const kind = stringField(expression, 'kind') ?? '';
    if (operatorExpressionKinds.has(kind)) {
      this.checkOperator(expression.name);
    } else if (!betweenKinds.has(kind)) {
      this.reject(`unsupported expression: ${kind}`);
    }
    this.walkFields(expression, context, new Set(['name']));
  }

  private checkOperator(nameList: unknown): void {
    const parts = stringList(nameList);
    const operator = parts.at(-1) ?? '';
    const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
    if (!qualifiedOk || !allowedOperators.has(operator)) {
      this.reject(`operator ${parts.join('.')} is not allowed`);
    }
  }

  private visitFunctionCall(call: Fields, context: Context): void {
    const parts = stringList(call.funcname);
    const name = parts.at(-1) ?? '';
    const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
    const allowed = qualifiedOk && this.policy.allowedFunctions.has(name);
    const display = displayName(qualifiedOk ? [name] : parts);
    if (!allowed) this.reject(`function ${display} is not allowed`);
    if (allowed && (name === 'lpad' || name === 'rpad')) this.checkPadLength(name, call.args);

    const isCount = allowed && name === 'count';
    const argumentContext: Context = isCount
      ? { ...context, position: countArgument, through: undefined }
      : {
          ...context,
          through:
            context.position.kind !== 'output' && leakFreeFunctions.has(name)
              ? context.through
              : `${display}(...)`,
        };
    for (const [field, value] of Object.entries(call)) {
      switch (field) {
        case 'funcname':
          break;
        case 'args':
        case 'agg_order':
          this.walk(value, argumentContext);
          break;
        case 'agg_filter':
          this.walk(value, {
            ...context,
            position: { kind: 'condition', clause: 'FILTER (WHERE ...)' },
            through: undefined,
          });
          break;
        case 'over':
          if (isFields(value)) this.walkWindow(value, context);
          break;
        default:
          this.walk(value, context);
      }
    }
  }

  /** lpad / rpad build strings of any length: keep the length a small integer literal. */
  private checkPadLength(name: string, args: unknown): void {
    const length = asNode(listOf(args)[1]);
    // libpg-query prints the integer literal 0 as `ival: {}`.
    const integer = length?.type === 'A_Const' ? fieldsOf(length.fields, 'ival') : undefined;
    const value = integer?.ival ?? 0;
    if (!integer || typeof value !== 'number' || value > maxPadLength) {
      this.reject(`${name} length must be a whole number up to ${maxPadLength}`);
    }
  }

  private walkWindow(window: Fields, context: Context): void {
    this.walkFields(window, { ...context, position: windowPosition, through: undefined });
  }

  private visitTypeCast(cast: Fields, context: Context): void {
    const typeName = fieldsOf(cast, 'typeName');
    const type = typeName ? this.checkTypeName(typeName) : { name: '', display: 'an unknown type' };
    const leakFree = context.position.kind !== 'output' && leakFreeCastTypes.has(type.name);
    this.walk(cast.arg, { ...context, through: leakFree ? context.through : `a cast to ${type.display}` });
    if (typeName) this.walkFields(typeName, context);
    this.walkFields(cast, context, new Set(['arg', 'typeName']));
  }

  /** Checks a cast's target type; returns its name (unqualified when pg_catalog) and how to show it. */
  private checkTypeName(typeName: Fields): { name: string; display: string } {
    const parts = stringList(typeName.names);
    const last = parts.at(-1) ?? '';
    const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
    const name = qualifiedOk ? last : parts.join('.');
    const display = qualifiedOk ? (sqlTypeNames[last] ?? displayIdentifier(last)) : displayName(parts);
    if (!qualifiedOk || !this.policy.allowedTypes.has(last) || typeName.setof || typeName.pct_type) {
      this.reject(`cast to type ${display} is not allowed`);
    }
    return { name, display };
  }

  private visitSubLink(subLink: Fields, context: Context): void {
    const kind = stringField(subLink, 'subLinkType') ?? '';
    if (subLink.operName) this.checkOperator(subLink.operName);
    this.walk(subLink.testexpr, context);
    let target: Target;
    switch (kind) {
      case 'EXISTS_SUBLINK':
      case 'ANY_SUBLINK':
      case 'ALL_SUBLINK':
      case 'ROWCOMPARE_SUBLINK':
        // The subquery's values are only compared, never returned.
        target = { position: { kind: 'condition', clause: 'a subquery condition' }, through: undefined };
        break;
      case 'EXPR_SUBLINK':
      case 'ARRAY_SUBLINK':
        // The subquery's value takes the place of the expression around it.
        target = context;
        break;
      default:
        this.reject(`subquery of kind ${kind} is not allowed`);
        target = selectList;
    }
    this.inspectSelectNode(subLink.subselect, context.scope, target);
    this.walkFields(subLink, context, new Set(['testexpr', 'operName', 'subselect']));
  }

  private checkValueFunction(valueFunction: Fields): void {
    const op = stringField(valueFunction, 'op') ?? '';
    if (!timeValueFunctions.has(op)) {
      this.reject(`${op.replace('SVFOP_', '').toLowerCase()} is not allowed`);
    }
  }

  private visitIndirection(indirection: Fields, context: Context): void {
    for (const item of listOf(indirection.indirection)) {
      const step = asNode(item);
      if (step?.type === 'String') {
        this.reject(`field selection (...).${stringField(step.fields, 'sval') ?? ''} is not allowed`);
      } else if (step?.type === 'A_Star') {
        this.reject('field selection (...).* is not allowed');
      }
    }
    this.walkFields(indirection, context);
  }
}
