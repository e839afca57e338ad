-- The primary's replication user (docker-compose.yml), created once with its data directory.
CREATE USER 'repl'@'%' IDENTIFIED BY 'repl-local-only';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';
-- The API reads the replica's lag (SHOW REPLICA STATUS) as its own user: replicated to the replica.
GRANT REPLICATION CLIENT ON *.* TO 'gba'@'%';
