import { type Fields, stringField } from './ast.js';

const statementKinds: Readonly<Record<string, string>> = {
  InsertStmt: 'INSERT',
  UpdateStmt: 'UPDATE',
  DeleteStmt: 'DELETE',
  MergeStmt: 'MERGE',
  CopyStmt: 'COPY',
  DoStmt: 'DO',
  VariableShowStmt: 'SHOW',
  CallStmt: 'CALL',
  ExplainStmt: 'EXPLAIN',
  PrepareStmt: 'PREPARE',
  ExecuteStmt: 'EXECUTE',
  DeallocateStmt: 'DEALLOCATE',
  ListenStmt: 'LISTEN',
  UnlistenStmt: 'UNLISTEN',
  NotifyStmt: 'NOTIFY',
  TruncateStmt: 'TRUNCATE',
  LockStmt: 'LOCK',
  CreateStmt: 'CREATE TABLE',
  IndexStmt: 'CREATE INDEX',
  ViewStmt: 'CREATE VIEW',
  RuleStmt: 'CREATE RULE',
  CreateFunctionStmt: 'CREATE FUNCTION',
  CreateTrigStmt: 'CREATE TRIGGER',
  CreateSeqStmt: 'CREATE SEQUENCE',
  DropStmt: 'DROP',
  DropRoleStmt: 'DROP ROLE',
  DropdbStmt: 'DROP DATABASE',
  CreatedbStmt: 'CREATE DATABASE',
  GrantRoleStmt: 'GRANT role',
  DeclareCursorStmt: 'DECLARE CURSOR',
  FetchStmt: 'FETCH',
  ClosePortalStmt: 'CLOSE',
  CheckPointStmt: 'CHECKPOINT',
  LoadStmt: 'LOAD',
  DiscardStmt: 'DISCARD',
  ClusterStmt: 'CLUSTER',
  ReindexStmt: 'REINDEX',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  SecLabelStmt: 'SECURITY LABEL',
  CommentStmt: 'COMMENT',
  AlterSystemStmt: 'ALTER SYSTEM',
};

/** The SQL command a statement node stands for, as an analyst would name it. */
export function statementKind(type: string, fields: Fields): string {
  const known = statementKinds[type];
  if (known) return known;
  switch (type) {
    case 'SelectStmt':
      return 'SELECT';
    case 'VariableSetStmt':
      return stringField(fields, 'kind')?.startsWith('VAR_RESET') ? 'RESET' : 'SET';
    case 'TransactionStmt':
      return `transaction control (${(stringField(fields, 'kind') ?? 'TRANS_STMT').replace('TRANS_STMT_', '').replaceAll('_', ' ')})`;
    case 'VacuumStmt':
      return fields.is_vacuumcmd ? 'VACUUM' : 'ANALYZE';
    case 'GrantStmt':
      return fields.is_grant ? 'GRANT' : 'REVOKE';
    case 'CreateTableAsStmt':
      return stringField(fields, 'objtype') === 'OBJECT_MATVIEW'
        ? 'CREATE MATERIALIZED VIEW'
        : 'CREATE TABLE AS';
  }
  // CreateExtensionStmt -> CREATE EXTENSION, AlterTableStmt -> ALTER TABLE ...
  const words = type.replace(/Stmt$/, '').match(/[A-Z][a-z]*/g) ?? [type];
  return words.join(' ').toUpperCase();
}

/** Why a parse-tree node the guard does not know is rejected. */
export function unsupportedConstruct(type: string, fields: Fields): string {
  if (type.endsWith('Stmt')) return `${statementKind(type, fields)} is not allowed`;
  if (type.startsWith('Xml') || type === 'RangeTableFunc')
    return 'XML expressions (XMLTABLE, xmlelement...) are not allowed';
  if (type.startsWith('Json')) return 'SQL/JSON expressions are not allowed';
  switch (type) {
    case 'ParamRef':
      return 'query parameters ($1, $2...) are not allowed: write the values into the query';
    case 'RangeFunction':
      return 'functions in FROM are not allowed';
    case 'RangeTableSample':
      return 'TABLESAMPLE is not allowed: sampled results would silently misstate totals';
    case 'SetToDefault':
      return 'DEFAULT is not allowed here';
    case 'CommonTableExpr':
    case 'WithClause':
      return 'WITH is only allowed at the start of a SELECT';
    default:
      return `unsupported SQL construct: ${type}`;
  }
}
