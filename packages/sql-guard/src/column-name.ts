/**
 * The name PostgreSQL gives a select-list item without an alias (FigureColname in parse_target.c).
 *
 * It must match PostgreSQL exactly: a derived column the guard named differently could be referenced
 * under PostgreSQL's name, which the guard would then not find (rejected: safe), or under the guard's
 * name, which PostgreSQL would not find and might read as functional notation. Names are therefore
 * only given where the rule is certain; everything else gets "?column?", as in PostgreSQL.
 */
import { asNode, fieldsOf, listOf, stringField, stringList } from './ast.js';

const valueFunctionNames: Readonly<Record<string, string>> = {
  SVFOP_CURRENT_DATE: 'current_date',
  SVFOP_CURRENT_TIME: 'current_time',
  SVFOP_CURRENT_TIME_N: 'current_time',
  SVFOP_CURRENT_TIMESTAMP: 'current_timestamp',
  SVFOP_CURRENT_TIMESTAMP_N: 'current_timestamp',
  SVFOP_LOCALTIME: 'localtime',
  SVFOP_LOCALTIME_N: 'localtime',
  SVFOP_LOCALTIMESTAMP: 'localtimestamp',
  SVFOP_LOCALTIMESTAMP_N: 'localtimestamp',
};

interface Figured {
  readonly name: string | undefined;
  /** 2: a strong name (column, function); 1: a weak one (case, type); 0: none. */
  readonly strength: 0 | 1 | 2;
}

const none: Figured = { name: undefined, strength: 0 };

/**
 * @param subqueryName the output name of a scalar subquery's first column, as the guard analysed it
 */
export function figureColumnName(
  value: unknown,
  subqueryName: (subLink: object) => string | undefined,
): string {
  return figure(value, subqueryName).name ?? '?column?';
}

function figure(value: unknown, subqueryName: (subLink: object) => string | undefined): Figured {
  const node = asNode(value);
  if (!node) return none;
  const { fields } = node;
  switch (node.type) {
    case 'ColumnRef': {
      const last = asNode(listOf(fields.fields).at(-1));
      const name = last?.type === 'String' ? stringField(last.fields, 'sval') : undefined;
      return name === undefined ? none : { name, strength: 2 };
    }
    case 'A_Indirection': {
      const last = asNode(listOf(fields.indirection).at(-1));
      if (last?.type === 'String') return { name: stringField(last.fields, 'sval'), strength: 2 };
      return figure(fields.arg, subqueryName);
    }
    case 'FuncCall':
      return { name: stringList(fields.funcname).at(-1), strength: 2 };
    case 'A_Expr':
      return stringField(fields, 'kind') === 'AEXPR_NULLIF' ? { name: 'nullif', strength: 2 } : none;
    case 'TypeCast': {
      const inner = figure(fields.arg, subqueryName);
      if (inner.strength <= 1) {
        const typeName = stringList(fieldsOf(fields, 'typeName')?.names).at(-1);
        if (typeName !== undefined) return { name: typeName, strength: 1 };
      }
      return inner;
    }
    case 'CollateClause':
      return figure(fields.arg, subqueryName);
    case 'GroupingFunc':
      return { name: 'grouping', strength: 2 };
    case 'SubLink':
      switch (stringField(fields, 'subLinkType')) {
        case 'EXISTS_SUBLINK':
          return { name: 'exists', strength: 2 };
        case 'ARRAY_SUBLINK':
          return { name: 'array', strength: 2 };
        case 'EXPR_SUBLINK': {
          const name = subqueryName(fields);
          return name === undefined ? none : { name, strength: 2 };
        }
        default:
          return none;
      }
    case 'CaseExpr': {
      const inner = figure(fields.defresult, subqueryName);
      return inner.strength <= 1 ? { name: 'case', strength: 1 } : inner;
    }
    case 'A_ArrayExpr':
      return { name: 'array', strength: 2 };
    case 'RowExpr':
      return { name: 'row', strength: 2 };
    case 'CoalesceExpr':
      return { name: 'coalesce', strength: 2 };
    case 'MinMaxExpr':
      return { name: stringField(fields, 'op') === 'IS_GREATEST' ? 'greatest' : 'least', strength: 2 };
    case 'SQLValueFunction':
      return { name: valueFunctionNames[stringField(fields, 'op') ?? ''], strength: 2 };
    default:
      return none;
  }
}
