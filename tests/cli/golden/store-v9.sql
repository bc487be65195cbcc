-- A store as schema 9 left it (its index cut from the text as printed,
-- traditional characters unfolded): one paper, two pages, two stories, one
-- in traditional characters; article 2 read.  Made by kanbao import and
-- mark from the pages tests/cli/archive.sh writes again, then sqlite3
-- .dump.  Loaded with sqlite3 by tests/cli/archive.sh.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE page (  id INTEGER PRIMARY KEY,  issue INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,  number INTEGER NOT NULL,  source TEXT NOT NULL,  hash INTEGER NOT NULL,  imported INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', numbered INTEGER NOT NULL DEFAULT 1, rawhash INTEGER, bytes INTEGER NOT NULL DEFAULT 0, fsize INTEGER, fmtime INTEGER,  UNIQUE (issue, number));
INSERT INTO page VALUES(1,1,1,'v9/chenghu/2024-05-08/p1.txt',-6718509765735902932,1796654995,'',1,-6718509765735902932,91,NULL,NULL);
INSERT INTO page VALUES(2,1,2,'v9/chenghu/2024-05-08/p2.txt',3659454773808383807,1796654995,'',1,3659454773808383807,82,NULL,NULL);
CREATE TABLE article (  id INTEGER PRIMARY KEY,  page INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,  issue INTEGER NOT NULL,  pageno INTEGER NOT NULL,  seq INTEGER NOT NULL,  kind TEXT NOT NULL,  kicker TEXT NOT NULL DEFAULT '',  title TEXT NOT NULL DEFAULT '',  subtitle TEXT NOT NULL DEFAULT '',  byline TEXT NOT NULL DEFAULT '',  body TEXT NOT NULL DEFAULT '',  continued_to TEXT NOT NULL DEFAULT '',  continued_from TEXT NOT NULL DEFAULT '',  topics INTEGER NOT NULL DEFAULT 0,  read INTEGER NOT NULL DEFAULT 0,  starred INTEGER NOT NULL DEFAULT 0, skey INTEGER,  UNIQUE (page, seq));
INSERT INTO article VALUES(1,1,1,1,1,'news','','湖城碼頭擴建','','','本报讯湖城新碼頭今天開工，三個泊位年內建成。','','',0,0,0,29292904447);
INSERT INTO article VALUES(2,2,1,2,1,'news','','东山春茶上市','','','本报讯东山春茶今天上市，茶农忙着采摘。','','',0,1,0,29292904446);
CREATE TABLE weather (  issue INTEGER PRIMARY KEY REFERENCES issue(id) ON DELETE CASCADE,  page INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,  today TEXT NOT NULL, tomorrow TEXT NOT NULL, wind TEXT NOT NULL,  high INTEGER, low INTEGER);
CREATE TABLE topic (  bit INTEGER PRIMARY KEY CHECK (bit BETWEEN 0 AND 63),  name TEXT NOT NULL UNIQUE,  label TEXT NOT NULL);
CREATE TABLE paper (  id INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE);
INSERT INTO paper VALUES(1,'');
INSERT INTO paper VALUES(2,'chenghu');
CREATE TABLE IF NOT EXISTS "issue" (  id INTEGER PRIMARY KEY,  paper INTEGER NOT NULL DEFAULT 1 REFERENCES paper(id),  key TEXT NOT NULL,  date TEXT,  day INTEGER NOT NULL,  UNIQUE (paper, key));
INSERT INTO issue VALUES(1,2,'2024-05-08','2024-05-08',739320);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','article_fts','article_fts',0,'CREATE VIRTUAL TABLE article_fts USING fts5(head, body,  content='''', tokenize=''kanbao'', detail=none)');
CREATE TABLE IF NOT EXISTS 'article_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO article_fts_data VALUES(1,X'021645');
INSERT INTO article_fts_data VALUES(10,X'000000050101000001010101');
INSERT INTO article_fts_data VALUES(137438953473,X'000002830430e4b889ed8ff8ff7f0403e5808bed8ff8ff7f03018aed8ff8ff7e0403e5b882ed8ff8ff7e03019ced8ff8ff7e0403e5b1b1ed8ff8ff7e0202bb8aed8ff8ff7e010403e5a4a9ed8ff8ff7e010202bd8ded8ff8ff7f0403e5b9b4ed8ff8ff7f0103e5808bed8ff8ff7f0403e6b38aed8ff8ff7f020285a7ed8ff8ff7f0403e5bbbaed8ff8ff7f0202869ced8ff8ff7e0403e5bf99ed8ff8ff7e02029f8eed8ff8ff7f0403e696b0ed8ff8ff7f0403e7a2bced8ff8ff7f0202a4a9ed8ff8ff7e010403e4b88aed8ff8ff7e0403e9968bed8ff8ff7f0202b1b1ed8ff8ff7e0403e698a5ed8ff8ff7e0202b7a5ed8ff8ff7f0202b882ed8ff8ff7e0202b9b4ed8ff8ff7f0403e585a7ed8ff8ff7f0202bbbaed8ff8ff7f0403e68890ed8ff8ff7f0202bf99ed8ff8ff7e0403e79d80ed8ff8ff7e0103e68890ed8ff8ff7f02028aa5ed8ff8ff7e010403e8aeafed8ff8ff7e0102029198ed8ff8ff7e020293b4ed8ff8ff7f0403e5bbbaed8ff8ff7f020296b0ed8ff8ff7f0403e7a2bced8ff8ff7f020298a5ed8ff8ff7e0403e88cb6ed8ff8ff7e02029caced8ff8ff7e010403e68aa5ed8ff8ff7e010202b38aed8ff8ff7f0403e4bd8ded8ff8ff7f0202b996ed8ff8ff7f0403e59f8eed8ff8ff7f0103e79d80ed8ff8ff7e0403e98787ed8ff8ff7e0202a2bced8ff8ff7f0403e9a0aded8ff8ff7f0103e88cb6ed8ff8ff7e0403e4b88aed8ff8ff7e0502bb8aed8ff8ff7e0403e5869ced8ff8ff7e0202aeafed8ff8ff7e010403e4b89ced8ff8ff7e0403e6b996ed8ff8ff7f0103e98787ed8ff8ff7e0403e69198ed8ff8ff7e0202968bed8ff8ff7f0403e5b7a5ed8ff8ff7f0202a0aded8ff8ff7f0403e4bb8aed8ff8ff7f0403e693b4ed8ff8ff7f040a0a080a080a0a0b090a0a0a090a090a090a0a0a0a0a090a0909090a090a090a0a0a0b09090a090a090a0a0b090a090a0a0a090a0a0a090a0a0a0a0a0a090a090a');
CREATE TABLE IF NOT EXISTS 'article_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO article_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'article_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO article_fts_docsize VALUES(29292904446,X'0b1f');
INSERT INTO article_fts_docsize VALUES(29292904447,X'0b26');
CREATE TABLE IF NOT EXISTS 'article_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO article_fts_config VALUES('automerge',8);
INSERT INTO article_fts_config VALUES('crisismerge',32);
INSERT INTO article_fts_config VALUES('hashsize',33554432);
INSERT INTO article_fts_config VALUES('version',4);
CREATE TABLE kept (  paper TEXT NOT NULL,  key TEXT NOT NULL,  number INTEGER NOT NULL,  head TEXT NOT NULL,  body TEXT NOT NULL,  read INTEGER NOT NULL,  starred INTEGER NOT NULL,  deleted INTEGER NOT NULL);
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('page','page_source','2 1 1');
INSERT INTO sqlite_stat1 VALUES('page','sqlite_autoindex_page_1','2 2 1');
INSERT INTO sqlite_stat1 VALUES('article','article_unread','2 2');
INSERT INTO sqlite_stat1 VALUES('article','article_skey','2 1');
INSERT INTO sqlite_stat1 VALUES('article','article_state','2 2 2 2');
INSERT INTO sqlite_stat1 VALUES('article','article_issue','2 2 1 1');
INSERT INTO sqlite_stat1 VALUES('article','sqlite_autoindex_article_1','2 1 1');
INSERT INTO sqlite_stat1 VALUES('issue','issue_day','1 1');
INSERT INTO sqlite_stat1 VALUES('issue','sqlite_autoindex_issue_1','1 1 1');
CREATE INDEX article_issue ON article(issue, pageno, seq);
CREATE INDEX weather_page ON weather(page);
CREATE INDEX article_state ON article(issue, read, topics);
CREATE INDEX issue_day ON issue(day);
CREATE INDEX page_source ON page(source, rawhash);
CREATE UNIQUE INDEX article_skey ON article(skey);
CREATE INDEX article_unread ON article(issue) WHERE read = 0 AND kind IN ('news', 'commentary', 'photo');
CREATE INDEX kept_place ON kept(paper, key, number);
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA application_id = 1262636865;
PRAGMA user_version = 9;
