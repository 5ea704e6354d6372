#include "serve/http.h"
void errata__queue_get(errata__req *r)
{
	errata__reply_json_error(r, 404, "not yet");
}
void errata__queue_post(errata__req *r, const char *id)
{
	(void)id;
	errata__reply_json_error(r, 404, "not yet");
}
