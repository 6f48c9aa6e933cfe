-- owned by the retrieval module: the collection statistics BM25 needs and PostgreSQL's full text search does
-- not keep (ts_rank knows nothing of how rare a word is). Per workspace and lexeme of search_words: how many
-- chunks hold it; the row with the empty lexeme (never a real one) counts all chunks of the workspace and,
-- in words, the sum of their lengths (distinct lexemes, length(search_words)). The adapter keeps it current
-- in the transaction that writes the chunks.
create table retrieval_term_stats (
    workspace_id uuid not null,
    lexeme       text not null,
    chunks       integer not null,
    words        bigint not null,
    primary key (workspace_id, lexeme)
);

insert into retrieval_term_stats (workspace_id, lexeme, chunks, words)
select c.workspace_id, w.lexeme, count(*), 0
from retrieval_chunks c, unnest(c.search_words) w
group by c.workspace_id, w.lexeme;

insert into retrieval_term_stats (workspace_id, lexeme, chunks, words)
select workspace_id, '', count(*), sum(length(search_words))
from retrieval_chunks
group by workspace_id;

-- BM25 reads the tsvector of every candidate: keep it in the row (compressed if need be) and let the embedding
-- and the passage move out of line first, so that reading it costs no TOAST fetch; applies to rows written from now
alter table retrieval_chunks alter column search_words set storage main;
