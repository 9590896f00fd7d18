import { SchemaTooNewError } from './errors'
import { appendedChannel, quoteIdentifier } from './identifiers'
import type { SqlDatabase, SqlExecutor } from './sql-executor'

interface Migration {
  readonly version: number
  readonly description: string
  /** One statement per entry; `s` is the quoted schema name. */
  readonly statements: (s: string, schema: string) => readonly string[]
}

/**
 * Positions are `(transaction id << 20) + ordinal within the transaction`: ordering by position is ordering by
 * (transaction_id, ordinal), which is what makes reading all events gap-safe (see docs/stores.md).
 */
const positionBits = 20

const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'streams, events, checkpoints and the append function',
    statements: (s, schema) => [
      `CREATE TABLE ${s}.streams (
        stream_id text PRIMARY KEY,
        revision bigint NOT NULL
      )`,
      `CREATE TABLE ${s}.events (
        position bigint PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        stream_id text NOT NULL,
        revision bigint NOT NULL,
        event_id text NOT NULL,
        type text NOT NULL,
        schema_version integer NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream_id, revision)
      )`,
      `CREATE TABLE ${s}.checkpoints (
        projection text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      // One call appends a batch atomically after checking the expected revision ('any', 'no_stream',
      // 'stream_exists' or a number). The stream row's lock serialises writers of one stream; a conflict returns
      // the actual revision instead of raising, having written nothing.
      `CREATE FUNCTION ${s}.append_to_stream(p_stream_id text, p_expected text, p_events json)
      RETURNS TABLE (conflict boolean, current_revision bigint, last_position bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_count bigint := json_array_length(p_events);
        v_next bigint;
        v_xid xid8;
        v_first bigint;
        v_start bigint;
      BEGIN
        IF p_expected = 'no_stream' THEN
          INSERT INTO ${s}.streams AS st (stream_id, revision) VALUES (p_stream_id, v_count - 1)
            ON CONFLICT (stream_id) DO NOTHING RETURNING st.revision INTO v_next;
        ELSIF p_expected = 'any' THEN
          INSERT INTO ${s}.streams AS st (stream_id, revision) VALUES (p_stream_id, v_count - 1)
            ON CONFLICT (stream_id) DO UPDATE SET revision = st.revision + v_count RETURNING st.revision INTO v_next;
        ELSIF p_expected = 'stream_exists' THEN
          UPDATE ${s}.streams AS st SET revision = st.revision + v_count
            WHERE st.stream_id = p_stream_id RETURNING st.revision INTO v_next;
        ELSE
          UPDATE ${s}.streams AS st SET revision = st.revision + v_count
            WHERE st.stream_id = p_stream_id AND st.revision = p_expected::bigint RETURNING st.revision INTO v_next;
        END IF;

        IF v_next IS NULL THEN
          RETURN QUERY SELECT true, (SELECT st.revision FROM ${s}.streams AS st WHERE st.stream_id = p_stream_id), NULL::bigint;
          RETURN;
        END IF;

        v_xid := pg_current_xact_id();
        v_first := v_xid::text::bigint << ${positionBits};
        SELECT coalesce(max(e.position) + 1, v_first) INTO v_start FROM ${s}.events AS e
          WHERE e.position >= v_first AND e.position < v_first + ${2 ** positionBits};
        IF v_start - v_first + v_count > ${2 ** positionBits} THEN
          RAISE EXCEPTION 'one transaction can append at most ${2 ** positionBits} events';
        END IF;

        INSERT INTO ${s}.events (position, transaction_id, stream_id, revision, event_id, type, schema_version, data, metadata)
        SELECT v_start + e.n - 1, v_xid, p_stream_id, v_next - v_count + e.n, e.id, e.type, e.v, e.data, e.metadata
        FROM ROWS FROM (json_to_recordset(p_events) AS (id text, type text, v integer, data json, metadata json))
          WITH ORDINALITY AS e(id, type, v, data, metadata, n);

        PERFORM pg_notify('${appendedChannel}', ${literal(schema)});
        RETURN QUERY SELECT false, v_next, v_start + v_count - 1;
      END
      $fn$`,
    ],
  },
  {
    version: 2,
    description: 'the multi-stream append function',
    statements: (s, schema) => [
      // Appends to several streams in one transaction, in order, through append_to_stream. The streams are first
      // locked in one order (their keys sorted), so two writers naming the same streams in other orders queue instead
      // of deadlocking. A part whose stream is at another revision undoes the parts before it (the block's
      // subtransaction) and is returned alone: conflict, its 1-based index and the stream's revision.
      `CREATE FUNCTION ${s}.append_to_streams(p_appends json)
      RETURNS TABLE (conflict boolean, part integer, current_revision bigint, last_position bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_key bigint;
        v_part record;
        v_conflicted boolean;
        v_revision bigint;
        v_position bigint;
        v_revisions bigint[] := '{}';
        v_positions bigint[] := '{}';
        v_conflict integer;
      BEGIN
        FOR v_key IN SELECT DISTINCT hashtextextended(${literal(`${schema}:`)} || (p.value->>'stream'), 0)
          FROM json_array_elements(p_appends) AS p ORDER BY 1
        LOOP
          PERFORM pg_advisory_xact_lock(v_key);
        END LOOP;

        BEGIN
          FOR v_part IN SELECT p.value->>'stream' AS stream, p.value->>'expected' AS expected,
              p.value->'events' AS events, p.n::integer AS n
            FROM json_array_elements(p_appends) WITH ORDINALITY AS p(value, n) ORDER BY p.n
          LOOP
            IF json_array_length(v_part.events) = 0 THEN
              -- An empty part writes nothing but checks its revision, as an empty single append does.
              v_revision := NULL;
              SELECT st.revision INTO v_revision FROM ${s}.streams AS st WHERE st.stream_id = v_part.stream FOR SHARE;
              v_conflicted := NOT coalesce(CASE v_part.expected
                  WHEN 'any' THEN true
                  WHEN 'no_stream' THEN v_revision IS NULL
                  WHEN 'stream_exists' THEN v_revision IS NOT NULL
                  ELSE v_revision = v_part.expected::bigint END, false);
              SELECT coalesce(max(e.position), -1) INTO v_position FROM ${s}.events AS e;
            ELSE
              SELECT a.conflict, a.current_revision, a.last_position INTO v_conflicted, v_revision, v_position
                FROM ${s}.append_to_stream(v_part.stream, v_part.expected, v_part.events) AS a;
            END IF;
            IF v_conflicted THEN
              v_conflict := v_part.n;
              RAISE EXCEPTION USING ERRCODE = 'FS001';
            END IF;
            v_revisions := v_revisions || coalesce(v_revision, -1);
            v_positions := v_positions || v_position;
          END LOOP;
        EXCEPTION WHEN SQLSTATE 'FS001' THEN
          RETURN QUERY SELECT true, v_conflict, v_revision, NULL::bigint;
          RETURN;
        END;
        RETURN QUERY SELECT false, r.n::integer, r.rev, r.pos
          FROM unnest(v_revisions, v_positions) WITH ORDINALITY AS r(rev, pos, n);
      END
      $fn$`,
    ],
  },
]

/** The schema version this release migrates to; a database at a later version is refused (`SchemaTooNewError`). */
export const latestSchemaVersion = migrations.length

/**
 * Brings `schema` up to the latest version in one transaction, under an advisory lock so that concurrent starts
 * migrate once. Refuses a schema that a newer release has migrated further.
 */
export const migrate = async (db: SqlDatabase, schema: string): Promise<void> => {
  const s = quoteIdentifier(schema)
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`factuurstroom:${schema}`])
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`)
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_version (
        version integer PRIMARY KEY,
        description text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    )
    const current = await schemaVersion(tx, s)
    if (current > latestSchemaVersion) throw new SchemaTooNewError(schema, current, latestSchemaVersion)
    for (const migration of migrations.filter((m) => m.version > current)) {
      for (const statement of migration.statements(s, schema)) await tx.query(statement)
      await tx.query(`INSERT INTO ${s}.schema_version (version, description) VALUES ($1, $2)`, [
        migration.version,
        migration.description,
      ])
    }
  })
}

const schemaVersion = async (tx: SqlExecutor, s: string): Promise<number> => {
  const [row] = await tx.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${s}.schema_version`)
  return row?.version ?? 0
}

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`
