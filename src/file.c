/*
 * Reading whole files.  Page files are small (tens of KB); the limit keeps a
 * mistaken path to a huge file from eating memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
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
	struct stat st;
	char	   *data = NULL;
	size_t	    size = 4096, used = 0, want;
	ssize_t	    n;
	int	    fd;

	/*
	 * O_NONBLOCK: opening a FIFO (or a tty, a device) must not wait for
	 * a writer; anything but a regular file is then refused.  Standard
	 * input is whatever the user piped in, read to the same limit.
	 */
	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path,
		      O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)) == -1) {
		*cause = xstrdup(strerror(errno));
		return (NULL);
	}
	if (fstat(fd, &st) != 0) {
		*cause = xstrdup(strerror(errno));
		goto fail;
	}
	if (fd != STDIN_FILENO && !S_ISREG(st.st_mode)) {
		*cause = xstrdup(S_ISDIR(st.st_mode) ? "is a directory" :
						       "not a regular file");
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		*cause = xstrdup("is a directory");
		goto fail;
	}
	if (S_ISREG(st.st_mode)) {
		if ((uintmax_t)st.st_size > FILE_MAX_SIZE) {
			xasprintf(cause,
			    "file too large (%lld bytes, at most "
			    "%u)",
			    (long long)st.st_size, FILE_MAX_SIZE);
			goto fail;
		}
		size = (size_t)st.st_size + 1;
		if (fd != STDIN_FILENO && fcntl(fd, F_SETFL, 0) == -1) {
			*cause = xstrdup(strerror(errno));
			goto fail;
		}
	}
	if (size < 4096)
		size = 4096;
	data = xmalloc(size);
	/*
	 * The limit holds while reading too: a file that grows, or a pipe,
	 * is read to one byte past it and no further.
	 */
	for (;;) {
		if (used + 1 >= size) {
			size = size > FILE_MAX_SIZE / 2 ? FILE_MAX_SIZE + 2 :
							  size * 2;
			data = xrealloc(data, size);
		}
		want = size - used - 1;
		n = read(fd, data + used, want);
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*cause = xstrdup(strerror(errno));
			goto fail;
		}
		used += (size_t)n;
		if (used > FILE_MAX_SIZE) {
			xasprintf(cause, "file too large (more than %u bytes)",
			    FILE_MAX_SIZE);
			goto fail;
		}
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
	char  *raw, *text;
	size_t rawlen;

	if ((raw = file_read(path, &rawlen, cause)) == NULL)
		return (NULL);
	text = text_decode(raw, rawlen, len, encoding, cause);
	free(raw);
	return (text);
}

char *
file_read_state(const char *path, size_t *len, char **cause)
{
	char *text, *why;

	*cause = NULL;
	if (access(path, F_OK) != 0 && errno == ENOENT)
		return (NULL);
	if ((text = file_read(path, len, &why)) == NULL) {
		xasprintf(cause, "%s: %s", path, why);
		free(why);
	}
	return (text);
}

/* Makes the directory that holds path, and those above it. */
static int
file_mkdirs(const char *path)
{
	char *copy = xstrdup(path), *p;

	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			free(copy);
			return (-1);
		}
		*p = '/';
	}
	free(copy);
	return (0);
}

int
file_write(const char *path, const char *data, size_t len, char **cause)
{
	FILE *f;
	char *tmp;
	int   bad;

	if (file_mkdirs(path) != 0) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		return (-1);
	}
	/* A failure names the file the user knows, not the temporary one. */
	xasprintf(&tmp, "%s.%ld", path, (long)getpid());
	if ((f = fopen(tmp, "w")) == NULL) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		free(tmp);
		return (-1);
	}
	/* On the disk before it takes the old one's name. */
	bad = fwrite(data, 1, len, f) != len || fflush(f) != 0 ||
	    fsync(fileno(f)) != 0;
	if (fclose(f) != 0)
		bad = 1;
	if (bad || rename(tmp, path) != 0) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		unlink(tmp);
		free(tmp);
		return (-1);
	}
	free(tmp);
	return (0);
}

char *
file_data_path(const char *name)
{
	const char *d;
	char	   *path;

	if ((d = getenv("XDG_DATA_HOME")) != NULL && *d == '/')
		xasprintf(&path, "%s/kanbao/%s", d, name);
	else if ((d = getenv("HOME")) != NULL && *d != '\0')
		xasprintf(&path, "%s/.local/share/kanbao/%s", d, name);
	else
		return (NULL);
	return (path);
}
