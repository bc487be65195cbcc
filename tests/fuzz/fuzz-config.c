/*
 * fuzz-config: config files through config_parse().  Checks: a refusal
 * names the file and line ("FILE:LINE: ..."); an accepted config has its
 * numbers in their documented ranges, a theme name that is not a path,
 * and bindings that config_key() gives back, to actions that exist.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/config.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config	*cfg;
	enum view_cmd	 cmd;
	char		*cause = NULL;
	size_t		 i;

	cfg = config_parse("fuzz.config", (const char *)data, size, &cause);
	if (cfg == NULL) {
		if (cause == NULL || strncmp(cause, "fuzz.config:", 12) != 0)
			abort();
		free(cause);
		return (0);
	}
	if (cause != NULL)
		abort();
	if ((cfg->width_cap != 0 && cfg->width_cap < 10) ||
	    cfg->width_cap > 1000 || cfg->indent < 0 || cfg->indent > 16 ||
	    (cfg->pinyin != 0 && cfg->pinyin != 1))
		abort();
	if (cfg->theme != NULL && (*cfg->theme == '\0' ||
	    strchr(cfg->theme, '/') != NULL))
		abort();
	for (i = 0; i < cfg->nbinds; i++) {
		if (strlen(cfg->binds[i].key) == 0 ||
		    !config_key(cfg, cfg->binds[i].key, &cmd) ||
		    config_action_name(cmd) == NULL)
			abort();
	}
	config_free(cfg);
	return (0);
}
