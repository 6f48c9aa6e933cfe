-- owned by the studio module: generated reports and every version of them (a regenerated or edited section
-- makes a new version; the old ones stay readable).
create table studio_reports (
    id           uuid primary key,
    workspace_id uuid not null,
    template_id  varchar(100) not null,
    title        varchar(300) not null,
    created_at   timestamp with time zone not null
);
create index studio_reports_by_workspace on studio_reports (workspace_id, created_at);

create table studio_report_versions (
    report_id  uuid not null references studio_reports (id) on delete cascade,
    version    integer not null,
    sections   varchar(1000000) not null,
    created_at timestamp with time zone not null,
    primary key (report_id, version)
);
