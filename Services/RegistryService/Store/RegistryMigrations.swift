import ServiceKit
import SQLite

/// The Registry's schema. Units keep their full stored document as JSON (the §4 shape without `_links`,
/// `organisasjonsform` as `{kode, beskrivelse}`, without `slettedato`), beside the columns that lookups,
/// search filters and sorting need. Roles are one row each, indexed by holder for `/internal/roles?holder=`.
/// The change log is the single source of the public feeds, `/internal/feed` and replicas (`registry.md` §5.6).
/// Shipped SQL stays as it was (its text, comments included, is what `sqlite_master` holds): since version 6
/// an underenhet's rowid is its number + 1,000,000,000, not the number the version 2 comments name (`UnitRowid`).
enum RegistryMigrations {
    static let all: [Migration] = [
        AuditLog.migration(version: 1),
        Migration(version: 2, name: "units, roles and change log", sql: schema),
        Migration(version: 3, name: "covering indexes for the reverse role lookup", sql: reverseLookupIndexes),
        Migration(version: 4, name: "reverse role lookup joins units by rowid", sql: "DROP INDEX units_summary;"),
        Migration(version: 5, name: "unit_names without column sizes", apply: UnitNamesRebuild.apply),
        Migration(version: 6, name: "underenheter numbered after every enhet", apply: UnderenhetRenumbering.apply),
    ]

    /// `/internal/roles?holder=` (`HeldRole.all`) reads every column it needs from two compact indexes:
    /// a holder's roles are a few adjacent pages of `roles_holder`, and each role's unit one entry of
    /// `units_summary` (about 50 bytes), instead of a random `roles` row and a random ~1 KB `units` row.
    /// Version 4 drops `units_summary` again: with the readers' memory map, the unit's `units` row read in
    /// place by rowid is cheaper than a `pread` of an index page from the end of the file, which lies beyond
    /// the 2 GB that SQLite can map (`HeldRole`).
    static let reverseLookupIndexes = """
        DROP INDEX roles_holder;
        CREATE INDEX roles_holder ON roles (holder, unit, type, holder_kind, fodselsdato, fornavn, mellomnavn,
                                            etternavn, er_doed, fratraadt, avregistrert, changed_by)
            WHERE holder IS NOT NULL;
        CREATE INDEX units_summary ON units (orgnr, navn, form, status);
        """

    static let schema = """
        -- One row: the epoch (a UUID, new on every import) of the change log.
        CREATE TABLE registry_epoch (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            epoch TEXT NOT NULL
        );
        INSERT INTO registry_epoch (singleton, epoch) VALUES (1, lower(hex(randomblob(4))) || '-' ||
            lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
            substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
            lower(hex(randomblob(6))));

        -- Every unit, enhet or underenhet, whatever its status. `rowid` is the number itself, so the
        -- contentless FTS table below can point at it.
        CREATE TABLE units (
            rowid INTEGER PRIMARY KEY,                 -- the organisasjonsnummer as an integer
            orgnr TEXT NOT NULL UNIQUE,                -- the same, as the 9-digit string
            kind TEXT NOT NULL CHECK (kind IN ('enhet', 'underenhet')),
            status TEXT NOT NULL CHECK (status IN ('active', 'deleted', 'removed')),
            navn TEXT NOT NULL,
            sort_navn TEXT NOT NULL,                   -- navn upper-cased (Unicode), for sort=navn
            form TEXT NOT NULL,                        -- organisasjonsform code
            parent TEXT,                               -- overordnetEnhet
            slettedato TEXT,                           -- deleted and removed units
            nedleggelsesdato TEXT,                     -- underenheter
            registreringsdato TEXT,                    -- registreringsdatoEnhetsregisteret
            antall_ansatte INTEGER,                    -- only when harRegistrertAntallAnsatte is true
            konkurs INTEGER NOT NULL DEFAULT 0,
            under_avvikling INTEGER NOT NULL DEFAULT 0,
            under_tvangsavvikling INTEGER NOT NULL DEFAULT 0,
            mva INTEGER NOT NULL DEFAULT 0,            -- registrertIMvaregisteret
            foretaksregisteret INTEGER NOT NULL DEFAULT 0,
            document TEXT NOT NULL,                    -- the stored unit, compact JSON, no _links, no slettedato
            changed_by INTEGER NOT NULL DEFAULT 0      -- id of the change that last wrote this row (0: import)
        );
        CREATE INDEX units_kind_status ON units (kind, status, orgnr);
        CREATE INDEX units_parent ON units (parent) WHERE parent IS NOT NULL;
        -- Public search (§3.4), measured at 1.2 M enheter + 0.6 M underenheter: a covering index for
        -- counting and filtering by form, flags, employees and registration date, and one index per sort
        -- field, so that the first pages of a sorted search need no full sort. Each ends with `orgnr`,
        -- the tie-breaker, so that page queries are answered from the index alone.
        CREATE INDEX units_search_filters ON units (kind, status, form, konkurs, under_avvikling,
            under_tvangsavvikling, mva, foretaksregisteret, antall_ansatte, registreringsdato, orgnr);
        CREATE INDEX units_search_navn ON units (kind, status, sort_navn, orgnr);
        CREATE INDEX units_search_ansatte ON units (kind, status, antall_ansatte, orgnr);
        CREATE INDEX units_search_registrert ON units (kind, status, registreringsdato, orgnr);

        -- Search filters over lists of codes: naeringskode1..3 (`naering`) and kommunenummer of the
        -- business or location address and of the postal address (`kommune`). Active units only.
        CREATE TABLE unit_codes (
            kind TEXT NOT NULL CHECK (kind IN ('naering', 'kommune')),
            code TEXT NOT NULL,
            unit INTEGER NOT NULL,                     -- units.rowid
            PRIMARY KEY (kind, code, unit)
        ) WITHOUT ROWID;
        CREATE INDEX unit_codes_unit ON unit_codes (unit);

        -- Name words for `navn=` prefix search; rowid = units.rowid. Active units only.
        -- Writers insert SearchName.indexedText(navn, kind:) (the upper-cased §3.4 name words and a kind
        -- marker, joined by single spaces) and delete with the same text: contentless, and SQLite 3.40 has
        -- no `contentless_delete`, so a row goes with
        -- INSERT INTO unit_names (unit_names, rowid, navn) VALUES ('delete', <rowid>, <the text inserted>).
        -- The ascii tokenizer splits on spaces only here (every other printable ASCII character is a
        -- tokenchar; non-ASCII characters always are), so tokens are exactly the words.
        -- detail = none: queries are single-token prefixes.
        CREATE VIRTUAL TABLE unit_names USING fts5(
            navn, content = '', detail = none,
            tokenize = "ascii tokenchars '!""#$%&''()*+,-./:;<=>?@[\\]^_`{|}~'"
        );

        -- Roles of enheter, one row per role, in the order of the last roles write.
        CREATE TABLE roles (
            unit TEXT NOT NULL,                        -- the enhet's orgnr
            position INTEGER NOT NULL,                 -- index in the written array
            type TEXT NOT NULL,                        -- rolletype code
            role_group TEXT NOT NULL,                  -- rollegruppe code (§9.2)
            rekkefolge INTEGER NOT NULL,
            holder_kind TEXT NOT NULL CHECK (holder_kind IN ('person', 'organisation')),
            holder TEXT,                               -- fødselsnummer or orgnr; NULL for a person without one
            fodselsdato TEXT,
            fornavn TEXT,
            mellomnavn TEXT,
            etternavn TEXT,
            er_doed INTEGER NOT NULL DEFAULT 0,
            fratraadt INTEGER NOT NULL DEFAULT 0,
            avregistrert INTEGER NOT NULL DEFAULT 0,
            extra TEXT,                                -- JSON object: valgtAv, ansvarsandel, fullmektige
            changed_by INTEGER NOT NULL,               -- id of the change that wrote it (0: import)
            PRIMARY KEY (unit, position)
        ) WITHOUT ROWID;
        CREATE INDEX roles_holder ON roles (holder, unit, type) WHERE holder IS NOT NULL;

        -- sistEndret per unit and role group (§3.5).
        CREATE TABLE role_group_dates (
            unit TEXT NOT NULL,
            role_group TEXT NOT NULL,
            sist_endret TEXT NOT NULL,                 -- YYYY-MM-DD
            PRIMARY KEY (unit, role_group)
        ) WITHOUT ROWID;

        -- The change log of the current epoch (§5.6): ids 1, 2, 3... without gaps.
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,                          -- RFC 3339 UTC with milliseconds
            kind TEXT NOT NULL CHECK (kind IN ('enhet', 'underenhet', 'roller')),
            orgnr TEXT NOT NULL,
            endringstype TEXT NOT NULL CHECK (endringstype IN ('Ny', 'Endring', 'Sletting', 'Fjernet')),
            affected_holders TEXT NOT NULL,            -- JSON array of orgnr and fødselsnumre
            state TEXT NOT NULL                        -- JSON: the complete state after the change
        );
        CREATE INDEX changes_kind ON changes (kind, id);
        CREATE INDEX changes_at ON changes (at);
        -- The public feeds' `organisasjonsnummer` filter (§3.7).
        CREATE INDEX changes_orgnr ON changes (orgnr, id);
        """
}
