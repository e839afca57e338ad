-- The replica follows the primary from its first transaction (GTID auto-positioning): the database
-- `gba`, its user and every migration arrive by replication. Run once, when its data directory is new.
CHANGE REPLICATION SOURCE TO SOURCE_HOST = 'mysql', SOURCE_PORT = 3306, SOURCE_USER = 'repl',
  SOURCE_PASSWORD = 'repl-local-only', SOURCE_AUTO_POSITION = 1, GET_SOURCE_PUBLIC_KEY = 1,
  SOURCE_CONNECT_RETRY = 5;
START REPLICA;
