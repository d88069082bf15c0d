-- Hibernate Search's outbox-polling coordination, used when several nodes share one OpenSearch index
-- (springboard.search.url): a change to an indexed entity is written here in the same transaction as the
-- entity, and a node's background agent sends it to the index, so a node that dies after its commit loses
-- nothing. Empty and unused with the local Lucene index. The tables are those Hibernate Search maps
-- (generated from its mapping for PostgreSQL), so that schema validation passes.
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    tenant_id varchar(255),
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING',
        'MASS_INDEXING')),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255),
    payload bytea not null,
    primary key (id)
);

-- the agents read the events due first
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
