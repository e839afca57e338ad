-- Search moves to a search engine (Hibernate Search: an embedded Lucene index, or OpenSearch; see
-- docs/search.md). The home-made index of character pairs goes. search_index_state stays: its
-- version tells the application whether the engine's index was built by the current mapping, and a
-- load of data outside the application (demo data, the benchmark's generator) empties it so that the
-- next start-up builds the index again.
DROP TABLE search_token;
DROP TABLE search_text;
DELETE FROM search_index_state;
