-- owned by the documents module: pipeline stage and progress, content hash for duplicate
-- detection, versions, the blob of the current version, and the link from an attachment to its mail
alter table documents add column stage varchar(20) not null default 'QUEUED';
alter table documents add column progress_done integer not null default 0;
alter table documents add column progress_total integer not null default 0;
alter table documents add column content_hash varchar(64) not null default '';
alter table documents add column version integer not null default 1;
alter table documents add column blob_key varchar(100) not null default '';
alter table documents add column parent_id uuid;
update documents set blob_key = cast(id as varchar(100)) where blob_key = '';
update documents set stage = status where status in ('QUEUED', 'READY', 'FAILED');
create index documents_by_workspace_hash on documents (workspace_id, content_hash);
create index documents_by_parent on documents (parent_id);
