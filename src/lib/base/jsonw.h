/*
 * jsonw.h: JSON values appended to an erg_buf_t exactly as
 * cJSON_PrintUnformatted prints them.
 */
#ifndef ERG_JSONW_H
#define ERG_JSONW_H

#include "mem.h"

/* JSON values appended to a buffer exactly as
 * cJSON_PrintUnformatted prints them (NULL prints as ""). */
int erg__jw_string(erg_buf_t *b, const char *s);
int erg__jw_number(erg_buf_t *b, double d);
int erg__jw_long(erg_buf_t *b, long v);

#endif
