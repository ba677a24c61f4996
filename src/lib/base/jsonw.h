/*
 * jsonw.h: JSON values appended to an erg_buf_t exactly as
 * cJSON_PrintUnformatted prints them; cJSON's parser with running out of
 * memory told apart from malformed text.
 */
#ifndef ERG_JSONW_H
#define ERG_JSONW_H

#include "mem.h"

#include <cjson/cJSON.h>

/* JSON values appended to a buffer exactly as
 * cJSON_PrintUnformatted prints them (NULL prints as ""). */
int erg__jw_string(erg_buf_t *b, const char *s);
int erg__jw_number(erg_buf_t *b, double d);
int erg__jw_long(erg_buf_t *b, long v);

/* cJSON_ParseWithLengthOpts(buf, len, end, 0), and *oom set when it
 * returned NULL because an allocation failed (cJSON says "malformed" then
 * too: a large gazetteer or graph under `ulimit -v`). */
cJSON *erg__json_parse(const char *buf, size_t len, const char **end, int *oom);

#endif
