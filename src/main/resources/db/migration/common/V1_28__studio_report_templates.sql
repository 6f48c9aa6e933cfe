-- owned by the studio module: a workspace's own report templates (new ones, or edited copies of the shipped
-- ones, which stay read-only defaults in reports/templates.json); sections are kept as JSON.
create table studio_report_templates (
    id           varchar(100) primary key,
    workspace_id uuid not null,
    name         varchar(200) not null,
    sections     varchar(200000) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index studio_report_templates_by_workspace on studio_report_templates (workspace_id, created_at);
