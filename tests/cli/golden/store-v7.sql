-- A store as schema 7 left it (no index of the articles left to read):
-- one paper, two pages, three articles (two stories, one ad); article 1
-- read.  Made by kanbao import and mark from the pages tests/cli/archive.sh
-- writes again, then sqlite3 .dump.  Loaded with sqlite3 by
-- tests/cli/archive.sh.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE page (  id INTEGER PRIMARY KEY,  issue INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,  number INTEGER NOT NULL,  source TEXT NOT NULL,  hash INTEGER NOT NULL,  imported INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', numbered INTEGER NOT NULL DEFAULT 1, rawhash INTEGER, bytes INTEGER NOT NULL DEFAULT 0, fsize INTEGER, fmtime INTEGER,  UNIQUE (issue, number));
INSERT INTO page VALUES(1,1,1,'v7/chenghu/2024-05-07/p1.txt',8464890773555270778,1796233311,'',1,8464890773555270778,82,NULL,NULL);
INSERT INTO page VALUES(2,1,2,'v7/chenghu/2024-05-07/p2.txt',7939378458394917240,1796233311,'',1,7939378458394917240,185,NULL,NULL);
CREATE TABLE article (  id INTEGER PRIMARY KEY,  page INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,  issue INTEGER NOT NULL,  pageno INTEGER NOT NULL,  seq INTEGER NOT NULL,  kind TEXT NOT NULL,  kicker TEXT NOT NULL DEFAULT '',  title TEXT NOT NULL DEFAULT '',  subtitle TEXT NOT NULL DEFAULT '',  byline TEXT NOT NULL DEFAULT '',  body TEXT NOT NULL DEFAULT '',  continued_to TEXT NOT NULL DEFAULT '',  continued_from TEXT NOT NULL DEFAULT '',  topics INTEGER NOT NULL DEFAULT 0,  read INTEGER NOT NULL DEFAULT 0,  starred INTEGER NOT NULL DEFAULT 0, skey INTEGER,  UNIQUE (page, seq));
INSERT INTO article VALUES(1,1,1,1,1,'news','','新港区开港','','','本报讯澄湖新港区今天开港，首批货轮靠泊。','','',0,1,0,29292888063);
INSERT INTO article VALUES(2,2,1,2,1,'news','','春茶上市','','','本报讯（记者宋远帆）西山春茶今天上市，茶农忙着采摘。','','',0,0,0,29292888062);
INSERT INTO article VALUES(3,2,1,2,2,'ad','','招聘','','','澄湖茶厂诚聘采茶工二十名，待遇从优。咨询电话：0573-85110520','','',0,0,0,29292888061);
CREATE TABLE weather (  issue INTEGER PRIMARY KEY REFERENCES issue(id) ON DELETE CASCADE,  page INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,  today TEXT NOT NULL, tomorrow TEXT NOT NULL, wind TEXT NOT NULL,  high INTEGER, low INTEGER);
CREATE TABLE topic (  bit INTEGER PRIMARY KEY CHECK (bit BETWEEN 0 AND 63),  name TEXT NOT NULL UNIQUE,  label TEXT NOT NULL);
CREATE TABLE paper (  id INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE);
INSERT INTO paper VALUES(1,'');
INSERT INTO paper VALUES(2,'chenghu');
CREATE TABLE IF NOT EXISTS "issue" (  id INTEGER PRIMARY KEY,  paper INTEGER NOT NULL DEFAULT 1 REFERENCES paper(id),  key TEXT NOT NULL,  date TEXT,  day INTEGER NOT NULL,  UNIQUE (paper, key));
INSERT INTO issue VALUES(1,2,'2024-05-07','2024-05-07',739319);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','article_fts','article_fts',0,'CREATE VIRTUAL TABLE article_fts USING fts5(head, body,  content='''', tokenize=''kanbao'', detail=none)');
CREATE TABLE IF NOT EXISTS 'article_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO article_fts_data VALUES(1,X'03126e');
INSERT INTO article_fts_data VALUES(10,X'000000050101000001010101');
INSERT INTO article_fts_data VALUES(137438953473,X'000003d6053030353733ed8ff7ff7d01083835313130353230ed8ff7ff7d0103e4b88aed8ff7ff7e0403e5b882ed8ff7ff7e0202ba8ced8ff7ff7d0403e58d81ed8ff7ff7d0202bb8aed8ff7ff7e010403e5a4a9ed8ff7ff7e0103018eed8ff7ff7d0403e4bc98ed8ff7ff7d0202bc98ed8ff7ff7d0103e5869ced8ff7ff7e0403e5bf99ed8ff7ff7e02028cbaed8ff7ff7f0403e4bb8aed8ff7ff7f0403e5bc80ed8ff7ff7f02028d81ed8ff7ff7d0403e5908ded8ff7ff7d02028e82ed8ff7ff7d0403e8af9aed8ff7ff7d0202908ded8ff7ff7d020292a8ed8ff7ff7d0403e8afa2ed8ff7ff7d0202a4a9ed8ff7ff7e010403e4b88aed8ff7ff7e0403e5bc80ed8ff7ff7f0202ae8bed8ff7ff7e0403e8bf9ced8ff7ff7e0202b1b1ed8ff7ff7e0403e698a5ed8ff7ff7e0202b7a5ed8ff7ff7d0403e4ba8ced8ff7ff7d0202b882ed8ff7ff7e030186ed8ff7ff7e0202bc80ed8ff7ff7f0403e6b8afed8ff7ff7f0202be85ed8ff7ff7d0403e98187ed8ff7ff7d0202bf99ed8ff7ff7e0403e79d80ed8ff7ff7e0103e689b9ed8ff7ff7f0403e8b4a7ed8ff7ff7f02028aa5ed8ff7ff7e010403e8aeafed8ff7ff7e0102028b9bed8ff7ff7d0403e88198ed8ff7ff7d02029198ed8ff7ff7e020296b0ed8ff7ff7f0403e6b8afed8ff7ff7f020298a5ed8ff7ff7e0403e88cb6ed8ff7ff7e02029caced8ff7ff7e010403e68aa5ed8ff7ff7e010202b38aed8ff7ff7f0202b8afed8ff7ff7f0403e58cbaed8ff7ff7f0202b996ed8ff7ff7d020403e696b0ed8ff7ff7f0403e88cb6ed8ff7ff7d0202be84ed8ff7ff7d020403e6b996ed8ff7ff7d020103e794b5ed8ff7ff7d0403e8af9ded8ff7ff7d02029d80ed8ff7ff7e0403e98787ed8ff7ff7e0103e88085ed8ff7ff7e0403e5ae8bed8ff7ff7e02028198ed8ff7ff7d0403e98787ed8ff7ff7d02028cb6ed8ff7ff7d010403e4b88aed8ff7ff7e0502bb8aed8ff7ff7e0403e5869ced8ff7ff7e05028e82ed8ff7ff7d0502b7a5ed8ff7ff7d0202a5bfed8ff7ff7e0403e5b1b1ed8ff7ff7e0202aeafed8ff7ff7e010403e6be84ed8ff7ff7f0301b0ed8ff7ff7e0403e88085ed8ff7ff7e0202af9aed8ff7ff7d0403e88198ed8ff7ff7d03019ded8ff7ff7d0301a2ed8ff7ff7d0403e794b5ed8ff7ff7d0202b4a7ed8ff7ff7f0403e8bdaeed8ff7ff7f0202bdaeed8ff7ff7f0403e99da0ed8ff7ff7f0202bf9ced8ff7ff7e0403e5b886ed8ff7ff7e0103e98187ed8ff7ff7d0403e4bb8eed8ff7ff7d02028787ed8ff7ff7d010403e69198ed8ff7ff7e0403e88cb6ed8ff7ff7d02029da0ed8ff7ff7f0403e6b38aed8ff7ff7f0202a696ed8ff7ff7f0403e689b9ed8ff7ff7f040b0f0a0a090a0a0b080a090a0a090a0a090a090a09090a0a0a0a090a090a090a0908090a090a090a0a0a0a0b090a09090a090a0a0b09090a0a0a0a0a0b0a0a090a0a0a090a0a0a090a0909090a0a0a080a090a08080a090a090a090a0a0a0a0a0a090a09');
CREATE TABLE IF NOT EXISTS 'article_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO article_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'article_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO article_fts_docsize VALUES(29292888061,X'0326');
INSERT INTO article_fts_docsize VALUES(29292888062,X'0727');
INSERT INTO article_fts_docsize VALUES(29292888063,X'0821');
CREATE TABLE IF NOT EXISTS 'article_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO article_fts_config VALUES('automerge',8);
INSERT INTO article_fts_config VALUES('crisismerge',32);
INSERT INTO article_fts_config VALUES('hashsize',33554432);
INSERT INTO article_fts_config VALUES('version',4);
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('page','page_source','2 1 1');
INSERT INTO sqlite_stat1 VALUES('page','sqlite_autoindex_page_1','2 2 1');
INSERT INTO sqlite_stat1 VALUES('article','article_skey','3 1');
INSERT INTO sqlite_stat1 VALUES('article','article_state','3 3 3 3');
INSERT INTO sqlite_stat1 VALUES('article','article_issue','3 3 2 1');
INSERT INTO sqlite_stat1 VALUES('article','sqlite_autoindex_article_1','3 2 1');
INSERT INTO sqlite_stat1 VALUES('issue','issue_day','1 1');
INSERT INTO sqlite_stat1 VALUES('issue','sqlite_autoindex_issue_1','1 1 1');
CREATE INDEX article_issue ON article(issue, pageno, seq);
CREATE INDEX weather_page ON weather(page);
CREATE INDEX article_state ON article(issue, read, topics);
CREATE INDEX issue_day ON issue(day);
CREATE INDEX page_source ON page(source, rawhash);
CREATE UNIQUE INDEX article_skey ON article(skey);
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA application_id = 1262636865;
PRAGMA user_version = 7;
