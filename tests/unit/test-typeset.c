/*
 * typeset: half-width punctuation between Chinese characters made
 * full-width for display, and left alone in numbers and Latin text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kanbao/typeset.h"

static void
check(const char *in, const char *want)
{
	char	*out = typeset_punct(in);

	if (strcmp(out, want) != 0)
		fail_msg("'%s' gave '%s', want '%s'", in, out, want);
	free(out);
}

/* typeset-1.1: the marks after Chinese text, with their blanks. */
static void
test_typeset_1_1(void **state)
{
	(void)state;
	check("项目,目前", "项目，目前");
	check("项目, 目前", "项目，目前");
	check("热线: 85087171", "热线：85087171");
	check("问题? 答案!", "问题？答案！");
	check("一;二", "一；二");
	check("完成了. 下一步", "完成了。下一步");
	check("完成了.", "完成了。");
	check("说:“好”", "说：“好”");
}

/*
 * typeset-1.4: a mark after a figure or a Latin word, before Chinese text,
 * is Chinese punctuation too; a full stop there may be a decimal point.
 */
static void
test_typeset_1_4(void **state)
{
	(void)state;
	check("增长25.37%,产值占", "增长25.37%，产值占");
	check("推出Reno3, 在5G时代", "推出Reno3，在5G时代");
	check("共3项;其中", "共3项；其中");
	check("版本2.0:新增", "版本2.0：新增");
	check("到2024.年底", "到2024.年底");
	check("10:30开会, 12:00散会", "10:30开会，12:00散会");
	check("abc, def", "abc, def");
	check("abc ,中", "abc ,中");
}

/* typeset-1.2: parentheses change as a pair. */
static void
test_typeset_1_2(void **state)
{
	(void)state;
	check("85087171(暑假)", "85087171（暑假）");
	check("年份(2024)增长", "年份（2024）增长");
	check("项目 (暑假) 电话", "项目（暑假）电话");
	check("(a(暑)b)", "（a（暑）b）");
	check("未配对(暑假", "未配对(暑假");
}

/* typeset-1.3: numbers, times and Latin text are left as they are. */
static void
test_typeset_1_3(void **state)
{
	(void)state;
	check("共1,000人", "共1,000人");
	check("10:30开会", "10:30开会");
	check("3.5亿元", "3.5亿元");
	check("亿元3.5", "亿元3.5");
	check("abc, def. (ghi)", "abc, def. (ghi)");
	check("GDP (2024) growth", "GDP (2024) growth");
	check("", "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typeset_1_1),
		cmocka_unit_test(test_typeset_1_2),
		cmocka_unit_test(test_typeset_1_3),
		cmocka_unit_test(test_typeset_1_4),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
