/* types.c: the names of the entity types. */

#include "ergraph.h"

#include <string.h>

static const char *const type_names[] = {"person", "state", "organization", "place"};
/* the pictures' type colours (render/plan.c), for the exports */
static const char *const type_colors[] = {"#E69F00", "#56B4E9", "#009E73", "#CC79A7"};

const char *erg_type_name(erg_type_t t)
{
    return (unsigned)t < ERG_TYPE_COUNT ? type_names[t] : "unknown";
}

const char *erg_type_color(erg_type_t t)
{
    return (unsigned)t < ERG_TYPE_COUNT ? type_colors[t] : "#BBBBBB";
}

int erg_type_parse(const char *s)
{
    for (int i = 0; i < ERG_TYPE_COUNT; i++)
        if (strcmp(s, type_names[i]) == 0)
            return i;
    return -1;
}
