/*
 * Reading whole files.  Page files are small (tens of KB); the limit keeps a
 * mistaken path to a huge file from eating memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kanbao/file.h"
#include "kanbao/text.h"
#include "kanbao/xmalloc.h"

char *
file_read(const char *path, size_t *len, char **cause)
{
	struct stat	 st;
	char		*data = NULL;
	size_t		 size = 0, used = 0;
	ssize_t		 n;
	int		 fd;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		*cause = xstrdup(strerror(errno));
		return (NULL);
	}
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			*cause = xstrdup("is a directory");
			goto fail;
		}
		if (S_ISREG(st.st_mode) && (size_t)st.st_size > FILE_MAX_SIZE) {
			xasprintf(cause, "file too large (%lld bytes, at most "
			    "%u)", (long long)st.st_size, FILE_MAX_SIZE);
			goto fail;
		}
		if (S_ISREG(st.st_mode))
			size = (size_t)st.st_size + 1;
	}
	if (size < 4096)
		size = 4096;
	data = xmalloc(size);
	for (;;) {
		if (used + 1 >= size) {
			if (size > FILE_MAX_SIZE) {
				xasprintf(cause, "file too large (more than "
				    "%u bytes)", FILE_MAX_SIZE);
				goto fail;
			}
			size *= 2;
			data = xrealloc(data, size);
		}
		n = read(fd, data + used, size - used - 1);
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*cause = xstrdup(strerror(errno));
			goto fail;
		}
		used += (size_t)n;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	data[used] = '\0';
	*len = used;
	return (data);

fail:
	if (fd != STDIN_FILENO)
		close(fd);
	free(data);
	return (NULL);
}

char *
file_read_page(const char *path, size_t *len, const char **encoding,
    char **cause)
{
	char	*raw, *text;
	size_t	 rawlen;

	if ((raw = file_read(path, &rawlen, cause)) == NULL)
		return (NULL);
	text = text_decode(raw, rawlen, len, encoding, cause);
	free(raw);
	return (text);
}
