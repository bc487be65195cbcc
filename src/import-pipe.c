/*
 * The import's pipeline.  One thread reads each page file, decodes it and
 * parses it, and queues the result; the caller's thread takes pages off
 * the queue in list order and stores them.  Reading and parsing are a
 * fifth of an import's time and need nothing from the store, so on two
 * cores they overlap the SQLite writer instead of waiting for it.
 *
 * Invariants: pages leave in the order they were listed, each once; the
 * queue holds at most PIPE_MAX_PAGES pages and, past its first page,
 * PIPE_MAX_BYTES of text; only the thread touches a path after
 * import_pipe_start, up to the moment its page is queued.  parse_page()
 * and file_read_page() keep no state between calls, which is what lets
 * them run here.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "kanbao/file.h"
#include "kanbao/import-pipe.h"
#include "kanbao/xmalloc.h"

#define PIPE_MAX_PAGES	256			/* pages waiting, at most */
#define PIPE_MAX_BYTES	(8 * 1024 * 1024)	/* their text, at most */

struct import_pipe {
	char *const		*paths;
	size_t			 n;
	size_t			 next;		/* no thread: next to read */

	pthread_t		 thread;
	int			 threaded;	/* the thread runs */
	pthread_mutex_t		 lock;
	pthread_cond_t		 changed;	/* queue or stop changed */
	struct import_page	*queue[PIPE_MAX_PAGES];	/* ring */
	size_t			 head;		/* next to take */
	size_t			 count;		/* waiting */
	size_t			 bytes;		/* their text */
	size_t			 done;		/* pages queued so far */
	int			 stop;		/* the caller is done */
};

/* Reads and parses one page file. */
static struct import_page *
import_pipe_read(char *const *paths, size_t i)
{
	struct import_page	*ip = xcalloc(1, sizeof *ip);

	ip->index = i;
	ip->path = paths[i];
	ip->text = file_read_page(ip->path, &ip->len, &ip->encoding,
	    &ip->cause);
	if (ip->text != NULL)
		ip->pg = parse_page(ip->text, ip->len);
	return (ip);
}

static void *
import_pipe_main(void *arg)
{
	struct import_pipe	*p = arg;
	struct import_page	*ip;
	size_t			 i;

	for (i = 0; i < p->n; i++) {
		pthread_mutex_lock(&p->lock);
		if (p->stop) {
			pthread_mutex_unlock(&p->lock);
			break;
		}
		pthread_mutex_unlock(&p->lock);

		ip = import_pipe_read(p->paths, i);

		pthread_mutex_lock(&p->lock);
		while (!p->stop && (p->count == PIPE_MAX_PAGES ||
		    (p->count != 0 && p->bytes + ip->len > PIPE_MAX_BYTES)))
			pthread_cond_wait(&p->changed, &p->lock);
		if (p->stop) {
			pthread_mutex_unlock(&p->lock);
			import_page_free(ip);
			break;
		}
		p->queue[(p->head + p->count) % PIPE_MAX_PAGES] = ip;
		p->count++;
		p->bytes += ip->len;
		p->done++;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
	}
	return (NULL);
}

struct import_pipe *
import_pipe_start(char *const *paths, size_t n)
{
	struct import_pipe	*p = xcalloc(1, sizeof *p);

	p->paths = paths;
	p->n = n;
	if (n < 2)
		return (p);	/* nothing to overlap */
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	if (pthread_create(&p->thread, NULL, import_pipe_main, p) == 0)
		p->threaded = 1;
	else {
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->lock);
	}
	return (p);
}

struct import_page *
import_pipe_next(struct import_pipe *p)
{
	struct import_page	*ip;

	if (!p->threaded) {
		if (p->next == p->n)
			return (NULL);
		return (import_pipe_read(p->paths, p->next++));
	}
	pthread_mutex_lock(&p->lock);
	while (p->count == 0 && p->done < p->n)
		pthread_cond_wait(&p->changed, &p->lock);
	if (p->count == 0) {
		pthread_mutex_unlock(&p->lock);
		return (NULL);
	}
	ip = p->queue[p->head];
	p->head = (p->head + 1) % PIPE_MAX_PAGES;
	p->count--;
	p->bytes -= ip->len;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	return (ip);
}

void
import_page_free(struct import_page *ip)
{
	if (ip == NULL)
		return;
	parse_page_free(ip->pg);
	free(ip->text);
	free(ip->cause);
	free(ip);
}

void
import_pipe_free(struct import_pipe *p)
{
	if (p == NULL)
		return;
	if (p->threaded) {
		pthread_mutex_lock(&p->lock);
		p->stop = 1;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
		pthread_join(p->thread, NULL);
		while (p->count > 0) {
			import_page_free(p->queue[p->head]);
			p->head = (p->head + 1) % PIPE_MAX_PAGES;
			p->count--;
		}
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->lock);
	}
	free(p);
}
