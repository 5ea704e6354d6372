/*
 * core/repo/history_index.h: the history of one path along the first
 * parents of a revision, from two files under <gitdir>/errata/history/
 * that are extended as new commits arrive.
 *
 * The chain file lists the first-parent line of the last revision asked
 * for, from its root commit: (commit id, tree id) per commit. A commit's
 * place in it is its first-parent depth, which the commit's id fixes, so
 * a chain is never wrong for the commits it holds, only short: a revision
 * not in it is walked back to the first commit that is, and the chain is
 * cut there and extended (a rewritten history keeps only the common part).
 *
 * A path file lists, for one path, the chain positions where the path's
 * blob differs from the one at the position before (appeared, changed or
 * gone), up to a covered length whose last commit id it records: when the
 * chain no longer holds that commit there, the file is stale and is built
 * again; when the chain is longer, only the new positions are added.
 *
 * Path files are built from folder files: for one folder (the root too),
 * every change of any of its entries along the chain, found by comparing
 * each version of the folder's tree with the one before; a folder's
 * versions are its entry's changes in its parent's file. Folder files are
 * checked and extended like path files, so the whole line is read once per
 * repository, and a path seen for the first time costs as many tree reads
 * as its folder had versions.
 *
 * All the files carry a checksum; a damaged, foreign or unwritable file only
 * costs time, and the answer never depends on whether one was used.
 */
#ifndef ERRATA_CORE_HISTORY_INDEX_H
#define ERRATA_CORE_HISTORY_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include "repo/libgit2.h"

#include "repo/repo.h"

typedef struct {
	git_oid commit, tree;
} errata__chain_link;

typedef struct {
	uint32_t pos;       /* chain position of the commit that made the change */
	int present;        /* 0: the path is absent from this position on */
	git_oid blob;
} errata__path_change;

typedef struct {
	errata__chain_link *chain;   /* root first */
	size_t len;
	uint32_t *slots;             /* commit id -> position + 1; 0 is empty */
	size_t nslots;
	errata__path_change *changes;   /* ascending by position */
	size_t nchanges;
	size_t rev_pos;              /* the position of the revision asked for */
	int shallow;                 /* 1: chain[0] is a shallow clone's boundary, not a root */
	int borrowed;                /* chain and slots belong to the thread's chain cache */
} errata__path_history;

/*
 * The history of `path` along the first parents of commit `rev`: h->chain
 * holds at least rev's line (rev at h->rev_pos) and h->changes every
 * change of the path up to the chain's end. The files are used, checked,
 * extended and rewritten as needed. The chain stays in memory for the
 * thread's next call on the same repository (a scan asks once per report),
 * so h->chain is only valid until then. In a shallow clone the walk stops
 * at the boundary commit, whose parents the clone lacks: the chain starts
 * there, h->shallow says so, and such a chain is not saved (it would be
 * short at its root once the clone is deepened). Release with
 * errata__path_history_dispose().
 */
int errata__path_history_load(errata__path_history *h, errata_repo *repo,
                              const char *path, const git_oid *rev);

/* A commit's chain position, or -1 when it is not on the chain. */
long errata__path_history_find(const errata__path_history *h, const git_oid *commit);

/* The index of the last change at or before `pos`, or -1 when there is none. */
long errata__path_history_change_at(const errata__path_history *h, size_t pos);

void errata__path_history_dispose(errata__path_history *h);

/*
 * <gitdir>/errata/<sub>/<name> (malloc'd, NULL without memory), making the
 * two folders first when `make` is set; for the caches kept there.
 */
char *errata__cache_path(errata_repo *repo, const char *sub, const char *name, int make);

#endif
