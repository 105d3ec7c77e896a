public import GRDB

/// Where the emulator keeps its state: an SQLite file that survives restarts, or memory.
public enum EmulatorStorage: Sendable, Equatable {
    case inMemory
    case file(path: String)
}

/// Opens the SQLite database and brings its schema up to date.
enum EmulatorDatabase {
    static func open(_ storage: EmulatorStorage) throws -> any DatabaseWriter {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        let writer: any DatabaseWriter
        switch storage {
        case .inMemory:
            writer = try DatabaseQueue(configuration: configuration)
        case .file(let path):
            writer = try DatabasePool(path: path, configuration: configuration)
        }
        try migrator.migrate(writer)
        return writer
    }

    /// Rows per bucket of the contact position index; see `contact_bucket` below.
    static let bucketShift = 10

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createConfigurationTable(db)
            try createCampaignTable(db)
            try createContactTables(db)
            try db.execute(
                sql: """
                    CREATE TABLE org_settings (org TEXT PRIMARY KEY, concurrency_limit INTEGER NOT NULL) WITHOUT ROWID;
                    """)
        }
        return migrator
    }

    private static func createConfigurationTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE configuration (
                    id TEXT PRIMARY KEY, org TEXT NOT NULL, external_id TEXT, name TEXT NOT NULL,
                    body TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                CREATE UNIQUE INDEX configuration_external_id ON configuration(org, external_id)
                    WHERE external_id IS NOT NULL;
                CREATE INDEX configuration_order ON configuration(org, created_at, id);
                """)
    }

    private static func createCampaignTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE campaign (
                    id TEXT PRIMARY KEY, org TEXT NOT NULL, external_id TEXT, name TEXT NOT NULL,
                    configuration_id TEXT NOT NULL REFERENCES configuration(id),
                    status TEXT NOT NULL, priority INTEGER NOT NULL,
                    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                CREATE UNIQUE INDEX campaign_external_id ON campaign(org, external_id) WHERE external_id IS NOT NULL;
                CREATE INDEX campaign_order ON campaign(org, created_at, id);
                CREATE INDEX campaign_configuration ON campaign(configuration_id);
                """)
    }

    /// Contacts are ordered by `seq`, which follows (created_at, id) because ids grow with time.
    /// `contact_bucket` counts the contacts of each run of 1024 `seq` values, kept by triggers, so
    /// a deep `offset` is found by summing about a thousand counts instead of stepping over
    /// hundreds of thousands of index entries.
    private static func createContactTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE contact (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, org TEXT NOT NULL,
                    campaign TEXT NOT NULL, external_id TEXT, phone_numbers TEXT NOT NULL, data TEXT NOT NULL,
                    timezone TEXT, scheduled_at INTEGER, agent_id TEXT, agent_version INTEGER, agent_number TEXT,
                    agent_config TEXT, initial_context TEXT, status TEXT NOT NULL, next_call_at INTEGER,
                    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                CREATE UNIQUE INDEX contact_external_id ON contact(org, campaign, external_id) WHERE external_id IS NOT NULL;
                CREATE INDEX contact_order ON contact(org, campaign, seq);
                CREATE INDEX contact_status ON contact(org, campaign, status, seq);
                CREATE INDEX contact_org_status ON contact(org, status);
                CREATE TABLE contact_bucket (
                    org TEXT NOT NULL, campaign TEXT NOT NULL, bucket INTEGER NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (org, campaign, bucket)) WITHOUT ROWID;
                CREATE TRIGGER contact_bucket_insert AFTER INSERT ON contact BEGIN
                    INSERT INTO contact_bucket (org, campaign, bucket, n) VALUES (new.org, new.campaign, new.seq >> \(bucketShift), 1)
                    ON CONFLICT (org, campaign, bucket) DO UPDATE SET n = n + 1;
                END;
                CREATE TRIGGER contact_bucket_delete AFTER DELETE ON contact BEGIN
                    UPDATE contact_bucket SET n = n - 1
                    WHERE org = old.org AND campaign = old.campaign AND bucket = old.seq >> \(bucketShift);
                END;
                CREATE TABLE attempt (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                    contact_seq INTEGER NOT NULL REFERENCES contact(seq) ON DELETE CASCADE,
                    phone_number TEXT NOT NULL, conversation_id TEXT NOT NULL, outcome TEXT,
                    started_at INTEGER NOT NULL, ended_at INTEGER);
                CREATE INDEX attempt_contact ON attempt(contact_seq, seq);
                """)
    }
}
