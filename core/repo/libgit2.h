/*
 * core/repo/libgit2.h: libgit2, opened on first use (see dynlib.h).
 * Include this instead of <git2.h> in every file that calls libgit2.
 *
 * ERRATA__GIT_FUNCTIONS lists every libgit2 function errata calls; the
 * table errata__git holds their addresses once errata__git_init() has
 * loaded the library, and each name is defined below as its field, so a
 * call reads as libgit2's own: git_blob_lookup(&blob, repo, oid). The
 * compiler keeps the two lists in step: a function called but missing
 * from the defines is an undefined symbol when the program is linked
 * (nothing links libgit2), and a define without its field does not
 * compile where it is used. A function added to the list is looked up
 * when the library is loaded.
 *
 * Every call must come after errata__git_init() has returned 0: opening a
 * repository does it (errata_repo_open()), so anything that holds a
 * repository, or an object read from one, may call freely.
 */
#ifndef ERRATA_CORE_REPO_LIBGIT2_H
#define ERRATA_CORE_REPO_LIBGIT2_H

#include <git2.h>
#include <git2/sys/odb_backend.h>

#define ERRATA__GIT_FUNCTIONS(X) \
	X(git_blob_create_from_buffer) \
	X(git_blob_free) \
	X(git_blob_lookup) \
	X(git_blob_rawcontent) \
	X(git_blob_rawsize) \
	X(git_buf_dispose) \
	X(git_commit_author) \
	X(git_commit_committer) \
	X(git_commit_create) \
	X(git_commit_free) \
	X(git_commit_id) \
	X(git_commit_lookup) \
	X(git_commit_message) \
	X(git_commit_parent) \
	X(git_commit_parent_id) \
	X(git_commit_parentcount) \
	X(git_commit_summary) \
	X(git_commit_time) \
	X(git_commit_time_offset) \
	X(git_commit_tree) \
	X(git_commit_tree_id) \
	X(git_config_free) \
	X(git_config_get_path) \
	X(git_config_get_string_buf) \
	X(git_diff_buffers) \
	X(git_diff_find_options_init) \
	X(git_diff_find_similar) \
	X(git_diff_foreach) \
	X(git_diff_free) \
	X(git_diff_get_delta) \
	X(git_diff_num_deltas) \
	X(git_diff_options_init) \
	X(git_diff_tree_to_index) \
	X(git_diff_tree_to_tree) \
	X(git_diff_tree_to_workdir_with_index) \
	X(git_error_clear) \
	X(git_error_last) \
	X(git_fetch_options_init) \
	X(git_graph_descendant_of) \
	X(git_index_free) \
	X(git_index_get_bypath) \
	X(git_index_open) \
	X(git_index_read) \
	X(git_libgit2_init) \
	X(git_libgit2_opts) \
	X(git_object_free) \
	X(git_object_peel) \
	X(git_object_type2string) \
	X(git_odb_add_backend) \
	X(git_odb_backend_data_alloc) \
	X(git_odb_backend_loose) \
	X(git_odb_exists) \
	X(git_odb_free) \
	X(git_odb_init_backend) \
	X(git_odb_new) \
	X(git_odb_object_data) \
	X(git_odb_object_free) \
	X(git_odb_object_size) \
	X(git_odb_object_type) \
	X(git_odb_open) \
	X(git_odb_read) \
	X(git_odb_write) \
	X(git_oid_cmp) \
	X(git_oid_cpy) \
	X(git_oid_equal) \
	X(git_oid_fmt) \
	X(git_oid_fromraw) \
	X(git_oid_fromstrn) \
	X(git_oid_tostr) \
	X(git_oid_tostr_s) \
	X(git_patch_free) \
	X(git_patch_from_buffers) \
	X(git_patch_print) \
	X(git_push_options_init) \
	X(git_reference_create) \
	X(git_reference_create_matching) \
	X(git_reference_delete) \
	X(git_reference_free) \
	X(git_reference_lookup) \
	X(git_reference_name_to_id) \
	X(git_remote_connect) \
	X(git_remote_create_anonymous) \
	X(git_remote_disconnect) \
	X(git_remote_fetch) \
	X(git_remote_free) \
	X(git_remote_init_callbacks) \
	X(git_remote_lookup) \
	X(git_remote_ls) \
	X(git_remote_push) \
	X(git_remote_pushurl) \
	X(git_remote_upload) \
	X(git_remote_url) \
	X(git_repository_commondir) \
	X(git_repository_config_snapshot) \
	X(git_repository_free) \
	X(git_repository_head_unborn) \
	X(git_repository_index) \
	X(git_repository_odb) \
	X(git_repository_open_ext) \
	X(git_repository_path) \
	X(git_repository_workdir) \
	X(git_revparse_single) \
	X(git_revwalk_free) \
	X(git_revwalk_new) \
	X(git_revwalk_next) \
	X(git_revwalk_push) \
	X(git_revwalk_sorting) \
	X(git_signature_free) \
	X(git_signature_now) \
	X(git_transaction_commit) \
	X(git_transaction_free) \
	X(git_transaction_lock_ref) \
	X(git_transaction_new) \
	X(git_transaction_set_target) \
	X(git_tree_create_updated) \
	X(git_tree_entry_byindex) \
	X(git_tree_entry_byname) \
	X(git_tree_entry_bypath) \
	X(git_tree_entry_filemode) \
	X(git_tree_entry_free) \
	X(git_tree_entry_id) \
	X(git_tree_entry_name) \
	X(git_tree_entry_type) \
	X(git_tree_entrycount) \
	X(git_tree_free) \
	X(git_tree_id) \
	X(git_tree_lookup) \
	X(git_tree_walk) \
	X(git_treebuilder_free) \
	X(git_treebuilder_new) \
	X(git_treebuilder_write)

typedef struct {
#define ERRATA__GIT_FIELD(name) __typeof__(&name) name;
	ERRATA__GIT_FUNCTIONS(ERRATA__GIT_FIELD)
#undef ERRATA__GIT_FIELD
} errata__git_api;

/* The loaded functions: all NULL until errata__git_init() succeeds. */
extern errata__git_api errata__git;

/*
 * Load libgit2 (the file ERRATA_LIBGIT2 names, else the soname errata was
 * built with) and initialise it, once for the life of the process; safe
 * from any thread. 0, or ERRATA_ENOTFOUND with a message that names the
 * library and the Debian package that ships it.
 */
int errata__git_init(void);

/* The loader itself (libgit2.c) sees libgit2's own names. */
#ifndef ERRATA__GIT_LOADER
#define git_blob_create_from_buffer (errata__git.git_blob_create_from_buffer)
#define git_blob_free (errata__git.git_blob_free)
#define git_blob_lookup (errata__git.git_blob_lookup)
#define git_blob_rawcontent (errata__git.git_blob_rawcontent)
#define git_blob_rawsize (errata__git.git_blob_rawsize)
#define git_buf_dispose (errata__git.git_buf_dispose)
#define git_commit_author (errata__git.git_commit_author)
#define git_commit_committer (errata__git.git_commit_committer)
#define git_commit_create (errata__git.git_commit_create)
#define git_commit_free (errata__git.git_commit_free)
#define git_commit_id (errata__git.git_commit_id)
#define git_commit_lookup (errata__git.git_commit_lookup)
#define git_commit_message (errata__git.git_commit_message)
#define git_commit_parent (errata__git.git_commit_parent)
#define git_commit_parent_id (errata__git.git_commit_parent_id)
#define git_commit_parentcount (errata__git.git_commit_parentcount)
#define git_commit_summary (errata__git.git_commit_summary)
#define git_commit_time (errata__git.git_commit_time)
#define git_commit_time_offset (errata__git.git_commit_time_offset)
#define git_commit_tree (errata__git.git_commit_tree)
#define git_commit_tree_id (errata__git.git_commit_tree_id)
#define git_config_free (errata__git.git_config_free)
#define git_config_get_path (errata__git.git_config_get_path)
#define git_config_get_string_buf (errata__git.git_config_get_string_buf)
#define git_diff_buffers (errata__git.git_diff_buffers)
#define git_diff_find_options_init (errata__git.git_diff_find_options_init)
#define git_diff_find_similar (errata__git.git_diff_find_similar)
#define git_diff_foreach (errata__git.git_diff_foreach)
#define git_diff_free (errata__git.git_diff_free)
#define git_diff_get_delta (errata__git.git_diff_get_delta)
#define git_diff_num_deltas (errata__git.git_diff_num_deltas)
#define git_diff_options_init (errata__git.git_diff_options_init)
#define git_diff_tree_to_index (errata__git.git_diff_tree_to_index)
#define git_diff_tree_to_tree (errata__git.git_diff_tree_to_tree)
#define git_diff_tree_to_workdir_with_index (errata__git.git_diff_tree_to_workdir_with_index)
#define git_error_clear (errata__git.git_error_clear)
#define git_error_last (errata__git.git_error_last)
#define git_fetch_options_init (errata__git.git_fetch_options_init)
#define git_graph_descendant_of (errata__git.git_graph_descendant_of)
#define git_index_free (errata__git.git_index_free)
#define git_index_get_bypath (errata__git.git_index_get_bypath)
#define git_index_open (errata__git.git_index_open)
#define git_index_read (errata__git.git_index_read)
#define git_libgit2_init (errata__git.git_libgit2_init)
#define git_libgit2_opts (errata__git.git_libgit2_opts)
#define git_object_free (errata__git.git_object_free)
#define git_object_peel (errata__git.git_object_peel)
#define git_object_type2string (errata__git.git_object_type2string)
#define git_odb_add_backend (errata__git.git_odb_add_backend)
#define git_odb_backend_data_alloc (errata__git.git_odb_backend_data_alloc)
#define git_odb_backend_loose (errata__git.git_odb_backend_loose)
#define git_odb_exists (errata__git.git_odb_exists)
#define git_odb_free (errata__git.git_odb_free)
#define git_odb_init_backend (errata__git.git_odb_init_backend)
#define git_odb_new (errata__git.git_odb_new)
#define git_odb_object_data (errata__git.git_odb_object_data)
#define git_odb_object_free (errata__git.git_odb_object_free)
#define git_odb_object_size (errata__git.git_odb_object_size)
#define git_odb_object_type (errata__git.git_odb_object_type)
#define git_odb_open (errata__git.git_odb_open)
#define git_odb_read (errata__git.git_odb_read)
#define git_odb_write (errata__git.git_odb_write)
#define git_oid_cmp (errata__git.git_oid_cmp)
#define git_oid_cpy (errata__git.git_oid_cpy)
#define git_oid_equal (errata__git.git_oid_equal)
#define git_oid_fmt (errata__git.git_oid_fmt)
#define git_oid_fromraw (errata__git.git_oid_fromraw)
#define git_oid_fromstrn (errata__git.git_oid_fromstrn)
#define git_oid_tostr (errata__git.git_oid_tostr)
#define git_oid_tostr_s (errata__git.git_oid_tostr_s)
#define git_patch_free (errata__git.git_patch_free)
#define git_patch_from_buffers (errata__git.git_patch_from_buffers)
#define git_patch_print (errata__git.git_patch_print)
#define git_push_options_init (errata__git.git_push_options_init)
#define git_reference_create (errata__git.git_reference_create)
#define git_reference_create_matching (errata__git.git_reference_create_matching)
#define git_reference_delete (errata__git.git_reference_delete)
#define git_reference_free (errata__git.git_reference_free)
#define git_reference_lookup (errata__git.git_reference_lookup)
#define git_reference_name_to_id (errata__git.git_reference_name_to_id)
#define git_remote_connect (errata__git.git_remote_connect)
#define git_remote_create_anonymous (errata__git.git_remote_create_anonymous)
#define git_remote_disconnect (errata__git.git_remote_disconnect)
#define git_remote_fetch (errata__git.git_remote_fetch)
#define git_remote_free (errata__git.git_remote_free)
#define git_remote_init_callbacks (errata__git.git_remote_init_callbacks)
#define git_remote_lookup (errata__git.git_remote_lookup)
#define git_remote_ls (errata__git.git_remote_ls)
#define git_remote_push (errata__git.git_remote_push)
#define git_remote_pushurl (errata__git.git_remote_pushurl)
#define git_remote_upload (errata__git.git_remote_upload)
#define git_remote_url (errata__git.git_remote_url)
#define git_repository_commondir (errata__git.git_repository_commondir)
#define git_repository_config_snapshot (errata__git.git_repository_config_snapshot)
#define git_repository_free (errata__git.git_repository_free)
#define git_repository_head_unborn (errata__git.git_repository_head_unborn)
#define git_repository_index (errata__git.git_repository_index)
#define git_repository_odb (errata__git.git_repository_odb)
#define git_repository_open_ext (errata__git.git_repository_open_ext)
#define git_repository_path (errata__git.git_repository_path)
#define git_repository_workdir (errata__git.git_repository_workdir)
#define git_revparse_single (errata__git.git_revparse_single)
#define git_revwalk_free (errata__git.git_revwalk_free)
#define git_revwalk_new (errata__git.git_revwalk_new)
#define git_revwalk_next (errata__git.git_revwalk_next)
#define git_revwalk_push (errata__git.git_revwalk_push)
#define git_revwalk_sorting (errata__git.git_revwalk_sorting)
#define git_signature_free (errata__git.git_signature_free)
#define git_signature_now (errata__git.git_signature_now)
#define git_transaction_commit (errata__git.git_transaction_commit)
#define git_transaction_free (errata__git.git_transaction_free)
#define git_transaction_lock_ref (errata__git.git_transaction_lock_ref)
#define git_transaction_new (errata__git.git_transaction_new)
#define git_transaction_set_target (errata__git.git_transaction_set_target)
#define git_tree_create_updated (errata__git.git_tree_create_updated)
#define git_tree_entry_byindex (errata__git.git_tree_entry_byindex)
#define git_tree_entry_byname (errata__git.git_tree_entry_byname)
#define git_tree_entry_bypath (errata__git.git_tree_entry_bypath)
#define git_tree_entry_filemode (errata__git.git_tree_entry_filemode)
#define git_tree_entry_free (errata__git.git_tree_entry_free)
#define git_tree_entry_id (errata__git.git_tree_entry_id)
#define git_tree_entry_name (errata__git.git_tree_entry_name)
#define git_tree_entry_type (errata__git.git_tree_entry_type)
#define git_tree_entrycount (errata__git.git_tree_entrycount)
#define git_tree_free (errata__git.git_tree_free)
#define git_tree_id (errata__git.git_tree_id)
#define git_tree_lookup (errata__git.git_tree_lookup)
#define git_tree_walk (errata__git.git_tree_walk)
#define git_treebuilder_free (errata__git.git_treebuilder_free)
#define git_treebuilder_new (errata__git.git_treebuilder_new)
#define git_treebuilder_write (errata__git.git_treebuilder_write)
#endif

#endif
