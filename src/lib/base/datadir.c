/* datadir.c: where the data folder is (word lists, tagger model, gazetteer). */

#include "ergraph.h"

#include <stdlib.h>

const char *erg_data_dir(void)
{
    const char *d = getenv("ERGRAPH_DATA");
    if (d && *d)
        return d;
#ifdef ERG_DATA_DIR
    return ERG_DATA_DIR;
#else
    return "data";
#endif
}
