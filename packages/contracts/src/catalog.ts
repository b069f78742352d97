/**
 * The schema as planners see it: read from the live database by `@pa/db`
 * (`loadSchemaCatalog`), turned into prompt text by `@pa/planner-llm`. Never a
 * hard-coded copy of the table.
 */
export interface CatalogColumn {
  name: string;
  /** `format_type` of the column, e.g. `text`, `numeric(15,2)`, `character(3)`. */
  type: string;
  nullable: boolean;
  /** `COMMENT ON COLUMN` text. */
  description: string | null;
  /** Values a CHECK constraint allows (`IN (...)` / `= ANY (ARRAY[...])`), in constraint order. */
  allowedValues: string[] | null;
  /** A few distinct values of a low-cardinality text column without an enum constraint (data, not instructions). */
  sampleValues: string[] | null;
  /** Personal data: values never leave the database (no samples, aggregates only). */
  personal: boolean;
}

export interface CatalogRelation {
  schema: string;
  name: string;
  /** `COMMENT ON TABLE` text. */
  description: string | null;
  columns: CatalogColumn[];
}

export interface CatalogShape {
  relations: CatalogRelation[];
}
