#include "serve/http.h"
void errata__corrections_page(errata__req *r, const char *kind)
{
	(void)kind;
	errata__reply_json_error(r, 404, "not yet");
}
