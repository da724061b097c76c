/**
 * The tables as Kysely sees them. Columns are deliberately portable so that one
 * set of migrations and queries serves SQLite and PostgreSQL alike:
 * ids and timestamps are `text` (ISO 8601 strings passed in by the caller),
 * versions are `integer`, and JSON documents are `text` written with
 * JSON.stringify — the store never queries inside a document, so jsonb would
 * buy nothing and would split the code path by engine.
 */

export interface PlansTable {
  id: string;
  owner_id: string;
  title: string;
  version: number;
  /** PlanContent as JSON text. */
  content: string;
  created_at: string;
  updated_at: string;
}

export interface PlanRevisionsTable {
  plan_id: string;
  /** Denormalised from the plan so every row can be scoped by owner on its own. */
  owner_id: string;
  version: number;
  title: string;
  /** PlanContent as JSON text. */
  content: string;
  created_at: string;
}

export interface StrategyIterationsTable {
  id: string;
  plan_id: string;
  owner_id: string;
  name: string;
  plan_version: number;
  /** Strategy as JSON text. */
  strategy: string;
  created_at: string;
}

export interface ProofEntriesTable {
  id: string;
  plan_id: string;
  owner_id: string;
  /** `YYYY-MM-DD`, which sorts chronologically as text. */
  occurred_on: string;
  title: string;
  evidence: string;
  /** ItemId[] as JSON text. */
  skill_ids: string;
  /** ItemId[] as JSON text. */
  action_ids: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AssistantSettingsTable {
  owner_id: string;
  base_url: string;
  model: string;
  /** Null when the endpoint needs no key (local servers). */
  api_key: string | null;
  updated_at: string;
}

export interface TrailmapDatabase {
  assistant_settings: AssistantSettingsTable;
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
  strategy_iterations: StrategyIterationsTable;
  proof_entries: ProofEntriesTable;
}

/**
 * JSON columns hold documents this package wrote itself with JSON.stringify,
 * so reading them back trusts the shape instead of re-validating it; the API
 * validates everything before it reaches the store.
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value);
}

export function decodeJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/**
 * The JSON text of each plan content this package encoded or decoded, keyed by
 * the object (weakly: it goes when the object does). A save encodes the
 * content to store it, and the API sends the same content back as JSON; with
 * this the text is made once per save, not twice, and a plan read from the
 * database is sent as the text it was stored as. Documents are immutable
 * (every domain type is readonly), so an object's text stays its text.
 */
const documentText = new WeakMap<object, string>();

export function encodeDocument(value: object): string {
  const text = encodeJson(value);
  documentText.set(value, text);
  return text;
}

export function decodeDocument<T extends object>(text: string): T {
  const value = decodeJson<T>(text);
  documentText.set(value, text);
  return value;
}

/** A document as JSON: the text the store wrote or read for this very object, else encoded now. */
export function documentJson(value: object): string {
  return documentText.get(value) ?? encodeJson(value);
}

/**
 * The UTF-8 bytes of each document's JSON the store encoded for SQLite, keyed
 * like the text. Turning a plan's JSON into UTF-8 costs about as much as
 * encoding it; SQLite stores the bytes (decision 0024) and the API sends the
 * same bytes, so a save converts its text once instead of three times.
 */
const documentUtf8 = new WeakMap<object, Buffer>();

export function encodeDocumentUtf8(value: object): Buffer {
  const bytes = Buffer.from(encodeDocument(value));
  documentUtf8.set(value, bytes);
  return bytes;
}

/** A document's JSON as UTF-8: the bytes the store wrote for this very object, else encoded now. */
export function documentJsonUtf8(value: object): Buffer {
  return documentUtf8.get(value) ?? Buffer.from(documentJson(value));
}
