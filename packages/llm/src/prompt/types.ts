/**
 * What the prompt builder needs to know about the schema and the examples.
 * `@pa/db`'s SchemaCatalog and PlannerExample have exactly these shapes (and
 * more); declaring them here keeps the builder free of database code.
 */
export interface PromptColumn {
  name: string;
  type: string;
  nullable: boolean;
  description: string | null;
  /** Values an enum-like CHECK constraint allows. */
  allowedValues: string[] | null;
  /** A few real values of a low-cardinality column (data from the database). */
  sampleValues: string[] | null;
  /** Personal data: may only be counted. */
  personal: boolean;
}

export interface PromptRelation {
  schema: string;
  name: string;
  description: string | null;
  columns: PromptColumn[];
}

export interface PromptCatalog {
  relations: PromptRelation[];
}

export interface PromptExample {
  question: string;
  sql: string;
  language?: string | null;
}
