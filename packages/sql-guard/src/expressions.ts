/**
 * The expression half of the walk: checks one expression in its context and returns what the guard knows
 * about its values (taint and size). Subqueries in expressions are handed back to the statement walk.
 */
import {
  asNode,
  displayIdentifier,
  displayName,
  type Fields,
  fieldsOf,
  listOf,
  stringField,
  stringList,
  type TypedNode,
} from './ast.js';
import { unsupportedConstruct } from './constructs.js';
import type { Findings } from './findings.js';
import { allowedOperators, type CompiledPolicy } from './policy.js';
import { type Column, type Level, resolveColumn } from './scope.js';
import {
  formatExpansion,
  functionSlack,
  integerLiteral,
  literalSize,
  maxExponent,
  maxLiteralLength,
  numericLiteral,
  numericMaxDigits,
  roundScaleSlack,
} from './value-size.js';

/**
 * What the guard knows about an expression's values.
 * `personal`: the personal column they derive from (taint), if any. `size`: an upper bound on their length.
 */
export interface Value {
  readonly personal: string | undefined;
  readonly size: number;
}

/** CTEs by name; undefined marks a recursive one inside its own WITH (rejected already). */
export type CteScope = ReadonlyMap<string, readonly Column[] | undefined>;

/** Where an expression sits: its query level, the CTEs in scope, and the clause, in the analyst's words. */
export interface Context {
  readonly level: Level | undefined;
  readonly ctes: CteScope;
  readonly clause: string;
}

/**
 * What a SELECT's select list feeds. A derived table (subquery in FROM, CTE) may pass a personal column
 * on, which taints its output column; everywhere else (the result, a subquery in an expression, a set
 * operation) the select list is a sink where personal values are rejected.
 */
export interface SelectTarget {
  readonly clause: string;
  readonly sink: boolean;
}

/** Checks a subquery and returns its output columns (the statement walk does this). */
export type SubqueryCheck = (
  value: unknown,
  outer: Level | undefined,
  ctes: CteScope,
  target: SelectTarget,
) => Column[];

export const clean: Value = { personal: undefined, size: 0 };
const booleanValue: Value = { personal: undefined, size: 5 };
const countValue: Value = { personal: undefined, size: 20 };

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
const operatorExpressionKinds: Readonly<Record<string, string>> = {
  AEXPR_OP: 'operator',
  AEXPR_OP_ANY: 'ANY',
  AEXPR_OP_ALL: 'ALL',
  AEXPR_DISTINCT: 'IS DISTINCT FROM',
  AEXPR_NOT_DISTINCT: 'IS NOT DISTINCT FROM',
  AEXPR_NULLIF: 'NULLIF',
  AEXPR_IN: 'IN (...)',
  AEXPR_LIKE: 'LIKE',
  AEXPR_ILIKE: 'ILIKE',
  AEXPR_SIMILAR: 'SIMILAR TO',
};
const betweenKinds: ReadonlySet<string> = new Set([
  'AEXPR_BETWEEN',
  'AEXPR_NOT_BETWEEN',
  'AEXPR_BETWEEN_SYM',
  'AEXPR_NOT_BETWEEN_SYM',
]);
/** Operators whose result is as long as their operands together; the others return booleans. */
const additiveOperators: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '||']);

/** Types whose modifier is a field mask, not a length: `INTERVAL '1' DAY` carries 8. */
const maskTypmodTypes: ReadonlySet<string> = new Set(['interval']);

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

export class ExpressionChecker {
  /** Output columns of the scalar subqueries seen, for naming the select-list items that hold them. */
  private readonly subqueryColumns = new WeakMap<object, readonly Column[]>();
  /** The column each ColumnRef (its fields) resolved to, for the rewrite (castDatesComparedWithTimestamps). */
  readonly resolved = new WeakMap<object, Column>();

  constructor(
    private readonly policy: CompiledPolicy,
    private readonly findings: Findings,
    private readonly subquery: SubqueryCheck,
  ) {}

  /** The output name of a scalar subquery's first column, as PostgreSQL names the item holding it. */
  subqueryName(subLink: object): string | undefined {
    return this.subqueryColumns.get(subLink)?.[0]?.name;
  }

  /**
   * An expression whose value is used by `where`: it must not be personal. Once reported, the value
   * counts as clean, so the expressions around it do not report the same column again.
   */
  use(value: unknown, context: Context, where: string): Value {
    const result = this.expression(value, context);
    this.sinkValue(result, where);
    return result.personal ? { ...result, personal: undefined } : result;
  }

  sinkValue(value: Value, where: string): void {
    if (value.personal) this.findings.reject(personalUse(value.personal, where));
  }

  private operands(values: readonly unknown[], context: Context, construct: string): Value[] {
    const where = `${construct} in ${context.clause}`;
    return values.filter((value) => value !== undefined).map((value) => this.use(value, context, where));
  }

  expression(value: unknown, context: Context): Value {
    if (value === undefined || value === null) return clean;
    const node = asNode(value);
    if (!node) {
      this.findings.reject('unsupported expression');
      return clean;
    }
    if (!this.findings.enter()) return clean;
    const result = this.visit(node, context);
    this.findings.leave();
    if (result.size > this.policy.maxValueLength) {
      this.findings.reject(
        `an expression could build a value of more than ${this.policy.maxValueLength} characters (nested concatenation, padding or numeric growth): build smaller values`,
      );
      return { personal: result.personal, size: this.policy.maxValueLength };
    }
    return result;
  }

  private visit(node: TypedNode, context: Context): Value {
    const { fields } = node;
    switch (node.type) {
      case 'A_Const':
        return { personal: undefined, size: literalSize(node) };
      case 'ColumnRef':
        return this.columnRef(fields, context);
      case 'A_Expr':
        return this.operatorExpression(fields, context);
      case 'FuncCall':
        return this.functionCall(fields, context);
      case 'TypeCast':
        return this.typeCast(fields, context);
      case 'SubLink':
        return this.subLink(fields, context);
      case 'BoolExpr':
        this.findings.onlyFields(node.type, fields, ['args']);
        this.operands(listOf(fields.args), context, 'AND / OR / NOT');
        return booleanValue;
      case 'NullTest':
        this.findings.onlyFields(node.type, fields, ['arg']);
        this.operands([fields.arg], context, 'IS NULL');
        return booleanValue;
      case 'BooleanTest':
        this.findings.onlyFields(node.type, fields, ['arg']);
        this.operands([fields.arg], context, 'IS TRUE / FALSE');
        return booleanValue;
      case 'CaseExpr':
        return this.caseExpression(fields, context);
      case 'CoalesceExpr':
        this.findings.onlyFields(node.type, fields, ['args']);
        return largest(this.operands(listOf(fields.args), context, 'COALESCE'));
      case 'MinMaxExpr':
        this.findings.onlyFields(node.type, fields, ['args']);
        return largest(this.operands(listOf(fields.args), context, 'GREATEST / LEAST'));
      case 'A_ArrayExpr':
        this.findings.onlyFields(node.type, fields, ['elements']);
        return total(this.operands(listOf(fields.elements), context, 'ARRAY[...]'));
      case 'RowExpr':
        this.findings.onlyFields(node.type, fields, ['args', 'colnames']);
        return total(this.operands(listOf(fields.args), context, 'a row constructor ROW(...)'));
      case 'CollateClause':
        this.findings.onlyFields(node.type, fields, ['arg', 'collname']);
        return total(this.operands([fields.arg], context, 'COLLATE'));
      case 'NamedArgExpr':
        this.findings.onlyFields(node.type, fields, ['arg']);
        return this.expression(fields.arg, context);
      case 'GroupingFunc':
        this.findings.onlyFields(node.type, fields, ['args']);
        this.operands(listOf(fields.args), context, 'GROUPING(...)');
        return countValue;
      case 'A_Indirection':
        return this.indirection(fields, context);
      case 'SQLValueFunction':
        this.checkValueFunction(fields);
        return { personal: undefined, size: functionSlack };
      default:
        this.findings.reject(unsupportedConstruct(node.type, fields));
        return clean;
    }
  }

  private columnRef(columnRef: Fields, context: Context): Value {
    const parts = listOf(columnRef.fields);
    if (asNode(parts.at(-1))?.type === 'A_Star') {
      const qualifier = displayName(stringList(parts.slice(0, -1)));
      this.findings.reject(
        `${qualifier === '' ? '*' : `${qualifier}.*`} is only allowed as an item of the select list`,
      );
      return clean;
    }
    const names = stringList(parts);
    if (names.length !== parts.length) {
      this.findings.reject('unsupported column reference');
      return clean;
    }
    const resolved = resolveColumn(context.level, names);
    if (!resolved.ok) {
      this.findings.reject(resolved.reason);
      return clean;
    }
    const { column } = resolved;
    this.resolved.set(columnRef, column);
    if (column.withheld) this.findings.reject(`${column.name ?? ''} ${column.withheld}`);
    return { personal: column.personal, size: column.size };
  }

  private operatorExpression(expression: Fields, context: Context): Value {
    this.findings.onlyFields('A_Expr', expression, ['name', 'lexpr', 'rexpr']);
    const kind = stringField(expression, 'kind') ?? '';
    const label = operatorExpressionKinds[kind];
    let construct = 'BETWEEN';
    let operator = '';
    if (label !== undefined) {
      operator = this.checkOperator(expression.name);
      construct = label === 'operator' ? `operator ${operator}` : label;
    } else if (!betweenKinds.has(kind)) {
      this.findings.reject(`unsupported expression: ${kind}`);
    }
    const right = asNode(expression.rexpr);
    const rightItems = right?.type === 'List' ? listOf(right.fields.items) : [expression.rexpr];
    const [lhs, ...rhs] = this.operands([expression.lexpr, ...rightItems], context, construct);
    if (kind === 'AEXPR_NULLIF') return lhs ?? clean;
    if (kind !== 'AEXPR_OP') return booleanValue;
    if (operator === '^') return this.power('the ^ operator', lhs, right);
    return additiveOperators.has(operator) ? total([lhs ?? clean, ...rhs], 1) : booleanValue;
  }

  /** Returns the operator's name after checking it against the allowlist. */
  checkOperator(nameList: unknown): string {
    const parts = stringList(nameList);
    const operator = parts.at(-1) ?? '';
    const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
    if (!qualifiedOk || !allowedOperators.has(operator)) {
      this.findings.reject(`operator ${parts.join('.')} is not allowed`);
    }
    return operator;
  }

  /** power(x, e) and x ^ e: with numeric x PostgreSQL builds numbers of any size, so e must be a small literal. */
  private power(construct: string, base: Value | undefined, exponentNode: TypedNode | undefined): Value {
    const exponent = numericLiteral(exponentNode);
    if (exponent === undefined || !(Math.abs(exponent) <= maxExponent)) {
      this.findings.reject(
        `${construct} needs a literal exponent between -${maxExponent} and ${maxExponent}`,
      );
      return { personal: base?.personal, size: numericMaxDigits };
    }
    return {
      personal: base?.personal,
      size: (base?.size ?? 0) * Math.max(1, Math.ceil(Math.abs(exponent))) + functionSlack,
    };
  }

  private functionCall(call: Fields, context: Context): Value {
    this.findings.onlyFields('FuncCall', call, ['funcname', 'args', 'agg_order', 'agg_filter', 'over']);
    const parts = stringList(call.funcname);
    const name = parts.at(-1) ?? '';
    const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
    const allowed = qualifiedOk && this.policy.allowedFunctions.has(name);
    const display = displayName(qualifiedOk ? [name] : parts);
    if (!allowed) this.findings.reject(`function ${display} is not allowed`);

    const argumentNodes = listOf(call.args);
    const isCount = allowed && name === 'count';
    // count's direct argument may be personal: its result is a number. Anything around it is checked on its own.
    const args = isCount
      ? argumentNodes.map((arg) => this.expression(arg, context))
      : this.operands(argumentNodes, context, `${display}(...)`);
    const order = { ...context, clause: `ORDER BY inside ${display}(...) in ${context.clause}` };
    for (const item of listOf(call.agg_order)) {
      const sortBy = asNode(item);
      if (sortBy?.type === 'SortBy' && sortBy.fields.useOp) this.checkOperator(sortBy.fields.useOp);
      this.use(sortBy?.type === 'SortBy' ? sortBy.fields.node : item, order, order.clause);
    }
    if (call.agg_filter) {
      const clause = `FILTER (WHERE ...) in ${context.clause}`;
      this.use(call.agg_filter, { ...context, clause }, clause);
    }
    const over = fieldsOf(call, 'over');
    if (over) this.windowDefinition(over, context);
    if (isCount) return countValue;
    return this.functionResult(name, args, argumentNodes);
  }

  /** The size of a function's result: additive in its arguments, except the few with their own rule. */
  private functionResult(name: string, args: readonly Value[], nodes: readonly unknown[]): Value {
    const personal = args.find((arg) => arg.personal)?.personal;
    switch (name) {
      case 'power':
        return this.power('power(...)', args[0], asNode(nodes[1]));
      case 'exp':
        // exp(300000) has 130 000 digits; numeric caps it there.
        return { personal, size: numericMaxDigits };
      case 'round':
      case 'trunc':
        return total(args, args.length > 1 ? roundScaleSlack : functionSlack);
      case 'to_char': {
        const [input, format] = args;
        return { personal, size: (input?.size ?? 0) + (format?.size ?? 0) * formatExpansion + functionSlack };
      }
      case 'concat_ws': {
        // the separator goes between every two arguments
        const [separator, ...rest] = args;
        const between = (separator?.size ?? 0) * Math.max(rest.length - 1, 0);
        return { personal, size: total(rest, between + functionSlack).size };
      }
      case 'similar_to_escape':
        return { personal, size: total(args).size * 3 + functionSlack };
      default:
        return total(args, functionSlack);
    }
  }

  private typeCast(cast: Fields, context: Context): Value {
    this.findings.onlyFields('TypeCast', cast, ['arg', 'typeName']);
    const typeName = fieldsOf(cast, 'typeName');
    const type = typeName ? this.checkTypeName(typeName) : { display: 'an unknown type', modifierSize: 0 };
    const [arg] = this.operands([cast.arg], context, `a cast to ${type.display}`);
    return { personal: arg?.personal, size: (arg?.size ?? 0) + type.modifierSize + functionSlack };
  }

  /** Checks a cast's target type and its modifiers; returns how to show it and how much it may pad. */
  private checkTypeName(typeName: Fields): { display: string; modifierSize: number } {
    this.findings.onlyFields('TypeName', typeName, ['names', 'typmods', 'arrayBounds']);
    const parts = stringList(typeName.names);
    const last = parts.at(-1) ?? '';
    const qualifiedOk = parts.length === 1 || (parts.length === 2 && parts[0] === 'pg_catalog');
    const display = qualifiedOk ? (sqlTypeNames[last] ?? displayIdentifier(last)) : displayName(parts);
    if (!qualifiedOk || !this.policy.allowedTypes.has(last) || typeName.setof || typeName.pct_type) {
      this.findings.reject(`cast to type ${display} is not allowed`);
    }
    let modifierSize = 0;
    for (const modifier of listOf(typeName.typmods)) {
      const value = integerLiteral(modifier);
      const isMask = maskTypmodTypes.has(last);
      if (value === undefined || (!isMask && Math.abs(value) > maxLiteralLength)) {
        this.findings.reject(
          `the type modifier of ${display} must be a whole number up to ${maxLiteralLength}`,
        );
      } else if (!isMask) {
        modifierSize += Math.abs(value);
      }
    }
    return { display, modifierSize };
  }

  private caseExpression(expression: Fields, context: Context): Value {
    this.findings.onlyFields('CaseExpr', expression, ['arg', 'args', 'defresult']);
    const results: Value[] = [];
    this.operands([expression.arg], context, 'CASE');
    for (const item of listOf(expression.args)) {
      const when = asNode(item);
      if (when?.type !== 'CaseWhen') {
        this.findings.reject('unsupported CASE branch');
        continue;
      }
      this.findings.onlyFields('CaseWhen', when.fields, ['expr', 'result']);
      this.operands([when.fields.expr], context, 'CASE WHEN');
      results.push(...this.operands([when.fields.result], context, 'CASE'));
    }
    results.push(...this.operands([expression.defresult], context, 'CASE'));
    return largest(results);
  }

  private subLink(subLink: Fields, context: Context): Value {
    this.findings.onlyFields('SubLink', subLink, ['testexpr', 'operName', 'subselect']);
    const kind = stringField(subLink, 'subLinkType') ?? '';
    if (subLink.operName) this.checkOperator(subLink.operName);
    this.operands([subLink.testexpr], context, 'a subquery comparison');
    if (kind === 'ARRAY_SUBLINK') {
      this.findings.reject('ARRAY(subquery) is not allowed: its size grows with the number of rows');
    } else if (!['EXISTS_SUBLINK', 'ANY_SUBLINK', 'ALL_SUBLINK', 'EXPR_SUBLINK'].includes(kind)) {
      this.findings.reject(`subquery of kind ${kind} is not allowed`);
    }
    // A subquery's select list feeds a condition or the expression around it: both are sinks.
    const columns = this.subquery(subLink.subselect, context.level, context.ctes, {
      clause: `the select list of a subquery in ${context.clause}`,
      sink: true,
    });
    this.subqueryColumns.set(subLink, columns);
    if (kind !== 'EXPR_SUBLINK') return booleanValue;
    return { personal: undefined, size: columns[0]?.size ?? 0 };
  }

  private indirection(indirection: Fields, context: Context): Value {
    this.findings.onlyFields('A_Indirection', indirection, ['arg', 'indirection']);
    const [arg] = this.operands([indirection.arg], context, 'a subscript');
    for (const item of listOf(indirection.indirection)) {
      const step = asNode(item);
      if (step?.type === 'A_Indices') {
        this.findings.onlyFields('A_Indices', step.fields, ['lidx', 'uidx']);
        this.operands([step.fields.lidx, step.fields.uidx], context, 'a subscript');
      } else if (step?.type === 'String') {
        this.findings.reject(
          `field selection (...).${stringField(step.fields, 'sval') ?? ''} is not allowed`,
        );
      } else {
        this.findings.reject('field selection (...).* is not allowed');
      }
    }
    return arg ?? clean;
  }

  private checkValueFunction(valueFunction: Fields): void {
    const op = stringField(valueFunction, 'op') ?? '';
    if (!timeValueFunctions.has(op)) {
      this.findings.reject(`${op.replace('SVFOP_', '').toLowerCase()} is not allowed`);
    }
  }
  windowDefinition(window: Fields | undefined, context: Context): void {
    if (!window) return;
    this.findings.onlyFields('WindowDef', window, [
      'partitionClause',
      'orderClause',
      'startOffset',
      'endOffset',
    ]);
    const partition = { ...context, clause: 'a window PARTITION BY' };
    for (const item of listOf(window.partitionClause)) this.use(item, partition, partition.clause);
    const order = { ...context, clause: 'a window ORDER BY' };
    for (const item of listOf(window.orderClause)) {
      const sortBy = asNode(item);
      if (sortBy?.type !== 'SortBy') {
        this.findings.reject('unsupported window ORDER BY item');
        continue;
      }
      if (sortBy.fields.useOp) this.checkOperator(sortBy.fields.useOp);
      this.use(sortBy.fields.node, order, order.clause);
    }
    const frame = { ...context, clause: 'a window frame' };
    if (window.startOffset) this.use(window.startOffset, frame, frame.clause);
    if (window.endOffset) this.use(window.endOffset, frame, frame.clause);
  }
}

export function personalUse(column: string, where: string): string {
  return `${column} is personal data: only count(${column}) or count(DISTINCT ${column}) may use it (found in ${where})`;
}

function total(values: readonly Value[], slack = 0): Value {
  return {
    personal: values.find((value) => value.personal)?.personal,
    size: values.reduce((sum, value) => sum + value.size, slack),
  };
}

function largest(values: readonly Value[]): Value {
  return {
    personal: values.find((value) => value.personal)?.personal,
    size: values.reduce((max, value) => Math.max(max, value.size), 0),
  };
}
