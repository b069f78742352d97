import type { CatalogColumn, CatalogRelation, CatalogShape } from '@pa/contracts';

/** What the prompt builder knows about the schema: the catalog shape from the contracts. */
export type PromptColumn = CatalogColumn;
export type PromptRelation = CatalogRelation;
export type PromptCatalog = CatalogShape;

export interface PromptExample {
  question: string;
  sql: string;
  language?: string | null;
}
