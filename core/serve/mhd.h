/*
 * core/serve/mhd.h: libmicrohttpd, loaded when the server first needs it.
 * Only `errata serve` (and the library's errata_server_start()) speak
 * HTTP, so the library and its TLS stack (GnuTLS with a dozen more) are
 * not linked into the program, where every other command would pay for
 * loading them at each start: errata__mhd() opens the library errata was
 * built with by its soname (or the file named by ERRATA_LIBMICROHTTPD) on
 * first use (see dynlib.h).
 */
#ifndef ERRATA_CORE_SERVE_MHD_H
#define ERRATA_CORE_SERVE_MHD_H

#include <stddef.h>
#include <stdint.h>
#include <microhttpd.h>

/* The libmicrohttpd functions errata calls, with their library's signatures. */
typedef struct {
	struct MHD_Daemon *(*start_daemon)(unsigned int flags, uint16_t port,
	                                   MHD_AcceptPolicyCallback apc, void *apc_cls,
	                                   MHD_AccessHandlerCallback dh, void *dh_cls, ...);
	MHD_socket (*quiesce_daemon)(struct MHD_Daemon *daemon);
	void (*stop_daemon)(struct MHD_Daemon *daemon);
	const union MHD_DaemonInfo *(*get_daemon_info)(struct MHD_Daemon *daemon,
	                                               enum MHD_DaemonInfoType info_type, ...);
	const union MHD_ConnectionInfo *(*get_connection_info)(struct MHD_Connection *connection,
	                                                       enum MHD_ConnectionInfoType info_type, ...);
	const char *(*lookup_connection_value)(struct MHD_Connection *connection,
	                                       enum MHD_ValueKind kind, const char *key);
	struct MHD_Response *(*create_response_from_buffer)(size_t size, void *buffer,
	                                                    enum MHD_ResponseMemoryMode mode);
	enum MHD_Result (*add_response_header)(struct MHD_Response *response,
	                                       const char *header, const char *content);
	enum MHD_Result (*queue_response)(struct MHD_Connection *connection,
	                                  unsigned int status_code, struct MHD_Response *response);
	void (*destroy_response)(struct MHD_Response *response);
	size_t (*http_unescape)(char *val);
} errata__mhd_api;

/*
 * The loaded functions (borrowed, for the life of the process), or NULL
 * with the error set: the library is missing or lacks a function. Safe
 * from any thread; the library is opened once.
 */
const errata__mhd_api *errata__mhd(void);

#endif
