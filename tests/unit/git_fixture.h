/*
 * git_fixture.h: building small article repositories with libgit2 in the
 * unit tests. Include after <cmocka.h> and <git2.h>.
 */
#ifndef ERRATA_TEST_GIT_FIXTURE_H
#define ERRATA_TEST_GIT_FIXTURE_H

#include <stdint.h>
#include <string.h>

/* Commit `text` as `path` on HEAD, with an author and a fixed time. */
static void commit_file(git_repository *repo, const char *path, const char *text,
                        const char *author, int64_t when, const char *msg, char out[41])
{
	git_index *idx = NULL;
	git_oid blob, tree_oid, commit_oid, head;
	git_tree *tree = NULL;
	git_signature *sig = NULL;
	git_commit *parent = NULL;
	git_index_entry e;
	const git_commit *parents[1];
	int has_parent;

	assert_int_equal(git_repository_index(&idx, repo), 0);
	assert_int_equal(git_blob_create_from_buffer(&blob, repo, text, strlen(text)), 0);
	memset(&e, 0, sizeof(e));
	e.mode = GIT_FILEMODE_BLOB;
	e.path = path;
	e.id = blob;
	assert_int_equal(git_index_add(idx, &e), 0);
	assert_int_equal(git_index_write_tree(&tree_oid, idx), 0);
	assert_int_equal(git_tree_lookup(&tree, repo, &tree_oid), 0);
	assert_int_equal(git_signature_new(&sig, author, "a@example.org", when, 0), 0);
	has_parent = git_reference_name_to_id(&head, repo, "HEAD") == 0;
	if (has_parent)
		assert_int_equal(git_commit_lookup(&parent, repo, &head), 0);
	parents[0] = parent;
	assert_int_equal(git_commit_create(&commit_oid, repo, "HEAD", sig, sig, NULL, msg, tree,
	                                   has_parent ? 1 : 0, parents), 0);
	git_oid_tostr(out, 41, &commit_oid);
	git_commit_free(parent);
	git_signature_free(sig);
	git_tree_free(tree);
	git_index_free(idx);
}

#endif
