/*
 * Which paper a page belongs to, from what the page file says about it:
 * its path (papers/人民日报/2019-02-01/p01.txt) or its furniture (a
 * masthead or header line such as 解放日报, 2 解放日报, 人民日报 第10版).
 * Pure functions: no store, no files.
 */
#ifndef KANBAO_PAPER_H
#define KANBAO_PAPER_H

#include <stddef.h>

/*
 * The directory above the last date directory of path (2019-02-01,
 * 2019_02_01, 20190201, or a day's under its year's and month's:
 * 2019/02/01), skipping year and month directories (2019, 2019-02,
 * 2019年2月, 02), or NULL when there is none or it is a generic name
 * (pages, papers, archive, data, Downloads, 下载, 报纸…).  Caller frees.
 */
char *paper_from_path(const char *path);

/*
 * The paper a page's header names: among its first lines, a line of its
 * own made of a paper's name (three to ten Chinese characters ending in
 * 日报, 晚报, 时报… or, with a page number or date beside it, in any 报;
 * a bold doubled name undone) and at most a page number (2, 第2版) and a
 * date or weekday.  Else the paper its foot names: among its last lines,
 * a name with a page number or date beside it (人民日报 第13版).  NULL when
 * none does.  Caller frees.
 */
char *paper_from_text(const char *text, size_t len);

#endif
