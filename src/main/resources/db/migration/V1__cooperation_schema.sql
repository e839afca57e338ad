-- Greater Bay Area cooperation: reference data, organisations, people and the four domains.
-- Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4: no engine options, no collations,
-- no vendor functions. Every mutable row carries version + created_at/updated_at (UTC).
-- Localised text is stored as four columns: <field>_zh_hant, <field>_zh_hans, <field>_en, <field>_pt.

CREATE TABLE city (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    code           VARCHAR(40)  NOT NULL,
    jurisdiction   VARCHAR(20)  NOT NULL,
    region         VARCHAR(30)  NOT NULL,
    name_zh_hant   VARCHAR(200) NOT NULL,
    name_zh_hans   VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    name_pt        VARCHAR(200),
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_city_code UNIQUE (code)
);

CREATE TABLE sector (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    code           VARCHAR(60)  NOT NULL,
    sector_group   VARCHAR(30)  NOT NULL,
    name_zh_hant   VARCHAR(200) NOT NULL,
    name_zh_hans   VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    name_pt        VARCHAR(200),
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sector_code UNIQUE (code)
);

CREATE TABLE organization (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(30)  NOT NULL,
    jurisdiction   VARCHAR(20)  NOT NULL,
    city_id        BIGINT       NOT NULL,
    sector_id      BIGINT,
    chain_leader   BOOLEAN      NOT NULL DEFAULT FALSE,
    abbreviation   VARCHAR(40),
    website        VARCHAR(300),
    name_zh_hant   VARCHAR(300) NOT NULL,
    name_zh_hans   VARCHAR(300) NOT NULL,
    name_en        VARCHAR(300) NOT NULL,
    name_pt        VARCHAR(300),
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_organization_city FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT fk_organization_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);
CREATE INDEX ix_organization_name ON organization (name_en, id);
CREATE INDEX ix_organization_jurisdiction ON organization (jurisdiction, id);

CREATE TABLE person (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    home_jurisdiction        VARCHAR(20)  NOT NULL,
    affiliation_id           BIGINT,
    expertise_sector_id      BIGINT,
    name_zh_hant             VARCHAR(200) NOT NULL,
    name_zh_hans             VARCHAR(200) NOT NULL,
    name_en                  VARCHAR(200) NOT NULL,
    name_pt                  VARCHAR(200),
    title_en                 VARCHAR(200),
    email                    VARCHAR(254),
    phone                    VARCHAR(40),
    version                  BIGINT       NOT NULL DEFAULT 0,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_person_affiliation FOREIGN KEY (affiliation_id) REFERENCES organization (id),
    CONSTRAINT fk_person_sector FOREIGN KEY (expertise_sector_id) REFERENCES sector (id)
);
CREATE INDEX ix_person_name ON person (name_en, id);

CREATE TABLE joint_lab (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    sector_id             BIGINT        NOT NULL,
    host_city_id          BIGINT        NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE,
    name_zh_hant          VARCHAR(300)  NOT NULL,
    name_zh_hans          VARCHAR(300)  NOT NULL,
    name_en               VARCHAR(300)  NOT NULL,
    name_pt               VARCHAR(300),
    description_zh_hant   VARCHAR(2000),
    description_zh_hans   VARCHAR(2000),
    description_en        VARCHAR(2000),
    description_pt        VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_joint_lab_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT fk_joint_lab_city FOREIGN KEY (host_city_id) REFERENCES city (id)
);
CREATE INDEX ix_joint_lab_name ON joint_lab (name_en, id);
CREATE INDEX ix_joint_lab_start ON joint_lab (start_date, id);
CREATE INDEX ix_joint_lab_status ON joint_lab (status, id);

CREATE TABLE joint_lab_member (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    joint_lab_id     BIGINT      NOT NULL,
    organization_id  BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    joined_on        DATE        NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_lab_member UNIQUE (joint_lab_id, organization_id),
    CONSTRAINT fk_joint_lab_member_lab FOREIGN KEY (joint_lab_id) REFERENCES joint_lab (id),
    CONSTRAINT fk_joint_lab_member_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_joint_lab_member_org ON joint_lab_member (organization_id, joint_lab_id);

CREATE TABLE cross_border_project (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    sector_id             BIGINT        NOT NULL,
    city_id               BIGINT        NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE,
    name_zh_hant          VARCHAR(300)  NOT NULL,
    name_zh_hans          VARCHAR(300)  NOT NULL,
    name_en               VARCHAR(300)  NOT NULL,
    name_pt               VARCHAR(300),
    description_zh_hant   VARCHAR(2000),
    description_zh_hans   VARCHAR(2000),
    description_en        VARCHAR(2000),
    description_pt        VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT fk_project_city FOREIGN KEY (city_id) REFERENCES city (id)
);
CREATE INDEX ix_project_name ON cross_border_project (name_en, id);
CREATE INDEX ix_project_start ON cross_border_project (start_date, id);
CREATE INDEX ix_project_status ON cross_border_project (status, id);

CREATE TABLE project_participant (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    project_id       BIGINT      NOT NULL,
    organization_id  BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    joined_on        DATE        NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_project_participant UNIQUE (project_id, organization_id),
    CONSTRAINT fk_participant_project FOREIGN KEY (project_id) REFERENCES cross_border_project (id),
    CONSTRAINT fk_participant_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_project_participant_org ON project_participant (organization_id, project_id);

CREATE TABLE project_investment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    investor_id         BIGINT,
    kind                VARCHAR(30)   NOT NULL,
    amount              DECIMAL(19,2) NOT NULL,
    currency            VARCHAR(3)       NOT NULL,
    committed_on        DATE          NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_investment_project FOREIGN KEY (project_id) REFERENCES cross_border_project (id),
    CONSTRAINT fk_investment_investor FOREIGN KEY (investor_id) REFERENCES organization (id)
);
CREATE INDEX ix_project_investment_project ON project_investment (project_id, committed_on, id);

CREATE TABLE project_milestone (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    project_id     BIGINT       NOT NULL,
    due_on         DATE         NOT NULL,
    completed_on   DATE,
    title_zh_hant  VARCHAR(300) NOT NULL,
    title_zh_hans  VARCHAR(300) NOT NULL,
    title_en       VARCHAR(300) NOT NULL,
    title_pt       VARCHAR(300),
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES cross_border_project (id)
);
CREATE INDEX ix_project_milestone_project ON project_milestone (project_id, due_on, id);

CREATE TABLE investment_event (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    kind                  VARCHAR(30)   NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    city_id               BIGINT        NOT NULL,
    starts_on             DATE          NOT NULL,
    ends_on               DATE          NOT NULL,
    registration_closes_on DATE,
    capacity              INT,
    edition               INT,
    name_zh_hant          VARCHAR(300)  NOT NULL,
    name_zh_hans          VARCHAR(300)  NOT NULL,
    name_en               VARCHAR(300)  NOT NULL,
    name_pt               VARCHAR(300),
    venue_zh_hant         VARCHAR(300),
    venue_zh_hans         VARCHAR(300),
    venue_en              VARCHAR(300),
    venue_pt              VARCHAR(300),
    description_zh_hant   VARCHAR(2000),
    description_zh_hans   VARCHAR(2000),
    description_en        VARCHAR(2000),
    description_pt        VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_city FOREIGN KEY (city_id) REFERENCES city (id)
);
CREATE INDEX ix_event_name ON investment_event (name_en, id);
CREATE INDEX ix_event_start ON investment_event (starts_on, id);
CREATE INDEX ix_event_status ON investment_event (status, id);

-- An immutable link row (replaced, never updated): no version or timestamps.
CREATE TABLE event_sector (
    id         BIGINT NOT NULL AUTO_INCREMENT,
    event_id   BIGINT NOT NULL,
    sector_id  BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_event_sector UNIQUE (event_id, sector_id),
    CONSTRAINT fk_event_sector_event FOREIGN KEY (event_id) REFERENCES investment_event (id),
    CONSTRAINT fk_event_sector_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);
CREATE INDEX ix_event_sector_sector ON event_sector (sector_id, event_id);

CREATE TABLE event_organizer (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    event_id         BIGINT      NOT NULL,
    organization_id  BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_event_organizer UNIQUE (event_id, organization_id),
    CONSTRAINT fk_organizer_event FOREIGN KEY (event_id) REFERENCES investment_event (id),
    CONSTRAINT fk_organizer_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_event_organizer_org ON event_organizer (organization_id, event_id);

CREATE TABLE event_registration (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    event_id         BIGINT      NOT NULL,
    organization_id  BIGINT      NOT NULL,
    status           VARCHAR(20) NOT NULL,
    registered_at    DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_event_registration UNIQUE (event_id, organization_id),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES investment_event (id),
    CONSTRAINT fk_registration_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_event_registration_org ON event_registration (organization_id, event_id);

CREATE TABLE event_deal (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    event_id           BIGINT        NOT NULL,
    investor_id        BIGINT        NOT NULL,
    partner_id         BIGINT,
    sector_id          BIGINT        NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    currency           VARCHAR(3)       NOT NULL,
    signed_on          DATE          NOT NULL,
    title_zh_hant      VARCHAR(300)  NOT NULL,
    title_zh_hans      VARCHAR(300)  NOT NULL,
    title_en           VARCHAR(300)  NOT NULL,
    title_pt           VARCHAR(300),
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deal_event FOREIGN KEY (event_id) REFERENCES investment_event (id),
    CONSTRAINT fk_deal_investor FOREIGN KEY (investor_id) REFERENCES organization (id),
    CONSTRAINT fk_deal_partner FOREIGN KEY (partner_id) REFERENCES organization (id),
    CONSTRAINT fk_deal_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);
CREATE INDEX ix_event_deal_event ON event_deal (event_id, signed_on, id);

CREATE TABLE talent_arrangement (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    person_id             BIGINT        NOT NULL,
    host_organization_id  BIGINT        NOT NULL,
    joint_lab_id          BIGINT,
    project_id            BIGINT,
    mode                  VARCHAR(40)   NOT NULL,
    category              VARCHAR(40)   NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE,
    description_zh_hant   VARCHAR(2000),
    description_zh_hans   VARCHAR(2000),
    description_en        VARCHAR(2000),
    description_pt        VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_arrangement_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_arrangement_host FOREIGN KEY (host_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_arrangement_lab FOREIGN KEY (joint_lab_id) REFERENCES joint_lab (id),
    CONSTRAINT fk_arrangement_project FOREIGN KEY (project_id) REFERENCES cross_border_project (id)
);
CREATE INDEX ix_arrangement_start ON talent_arrangement (start_date, id);
CREATE INDEX ix_arrangement_host ON talent_arrangement (host_organization_id, start_date, id);
CREATE INDEX ix_arrangement_person ON talent_arrangement (person_id, start_date, id);
CREATE INDEX ix_arrangement_lab ON talent_arrangement (joint_lab_id);
CREATE INDEX ix_arrangement_project ON talent_arrangement (project_id);
