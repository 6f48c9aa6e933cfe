-- owned by the retrieval module: every keyword search is confined to one workspace, and with the words alone in
-- the GIN index the planner preferred reading the workspace's rows and testing each tsvector (a sequential or
-- workspace-index scan: on SciFact, 5,183 tsvectors decompressed per query, keyword p50 32 ms). With the workspace
-- in the same GIN index (btree_gin, a trusted contrib extension) one bitmap scan finds exactly the workspace's
-- chunks that hold a query word.
create extension if not exists btree_gin;
create index retrieval_chunks_workspace_words on retrieval_chunks using gin (workspace_id, search_words);
drop index retrieval_chunks_search_words;
