/*
 * recognize.h: what the pipeline stage needs of the recognizer beyond the
 * public API.
 */
#ifndef ERG_RECOGNIZE_H
#define ERG_RECOGNIZE_H

#include "ergraph.h"

/* The data directory's recognizer (recognize.c), opened on the first call
 * and kept for the run; call it before starting threads. Borrowed. */
int erg__recognizer_default(const erg_recognizer_t **out, erg_error_t *err);

#endif
