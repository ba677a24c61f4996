/*
 * digest.h: SHA-256 (Nettle) of the data a count depends on, so that parts
 * counted with different gazetteers or word lists are told apart by their
 * content, not by their sizes (network/part_*.c).
 */
#ifndef ERG_DIGEST_H
#define ERG_DIGEST_H

#include "ergraph.h"

#include <nettle/sha2.h>
#include <stddef.h>

/* "sha256:" and 64 lowercase hex digits, with its NUL. */
#define ERG_DIGEST_HEX 72

typedef struct {
    struct sha256_ctx ctx;
} erg_digest_t;

void erg__digest_init(erg_digest_t *d);

/* Adds one item: its length (8 bytes, little-endian), then its bytes, so
 * that a sequence of items hashes differently from the same bytes cut
 * otherwise. */
void erg__digest_add(erg_digest_t *d, const void *p, size_t n);

/* Adds a file's name (without its folder) and its content, two items.
 * 0 or an error naming the file. */
int erg__digest_file(erg_digest_t *d, const char *path, erg_error_t *err);

/* The digest of the items added so far as ERG_DIGEST_HEX text; `d` can
 * take more items after. */
void erg__digest_hex(const erg_digest_t *d, char out[ERG_DIGEST_HEX]);

/* The digest of what recognition reads from the data folder besides the
 * gazetteer (erg_data_dir()): every .txt file of lists/ in name order, then
 * tagger-id.model and tagger-en.model, each with its name. 0 or an error
 * naming the file or folder. */
int erg__data_digest(char out[ERG_DIGEST_HEX], erg_error_t *err);

/* Whether `s` is the text erg__digest_hex writes. */
int erg__digest_valid(const char *s);

#endif
