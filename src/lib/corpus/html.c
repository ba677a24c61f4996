/*
 * html.c: a saved web page (.html, .htm) to an article, with libxml2's
 * HTML parser, which reads what browsers read (unclosed tags, entities,
 * the page's declared charset) and gives UTF-8.
 *
 * The title is og:title, else <title>; the date article:published_time (or
 * another published-date meta), else the first <time datetime>; the text
 * is that of <article>, else <main>, else <body>, one paragraph per block
 * element, without what is not the article: scripts, styles, navigation,
 * headers, footers, asides, forms, figures, and elements whose class or id
 * names boilerplate (related links, sharing, comments, menus, ads).
 */
#define _POSIX_C_SOURCE 200809L
#include "corpus_internal.h"
#include "ergraph.h"
#include "err.h"
#include "files.h"
#include "mem.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && strcasecmp((const char *)n->name, name) == 0;
}

static int any_named(const xmlNode *n, const char *const *names)
{
    for (; *names; names++)
        if (named(n, *names))
            return 1;
    return 0;
}

/* The first element called `name` under n, depth first, or NULL. */
static xmlNode *find(xmlNode *n, const char *name)
{
    for (; n; n = n->next) {
        if (named(n, name))
            return n;
        xmlNode *in = find(n->children, name);
        if (in)
            return in;
    }
    return NULL;
}

/* The value of attribute `attr` of n, as a malloc'd string, or NULL. */
static char *attr(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *s = v ? erg__strdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

/* The content of the first <meta> whose property, name or itemprop is one
 * of `keys`, in the order of `keys`. */
static char *meta(xmlNode *root, const char *const *keys)
{
    for (; *keys; keys++)
        for (xmlNode *m = find(root, "meta"); m; m = m->next ? find(m->next, "meta") : NULL) {
            static const char *const how[] = {"property", "name", "itemprop", NULL};
            for (const char *const *h = how; *h; h++) {
                char *k = attr(m, *h);
                int hit = k && strcasecmp(k, *keys) == 0;
                free(k);
                if (hit) {
                    char *v = attr(m, "content");
                    if (v && *v)
                        return v;
                    free(v);
                }
            }
        }
    return NULL;
}

/* Not the article: skipped with all they hold. */
static int boilerplate(const xmlNode *n)
{
    static const char *const tags[] = {"script", "style", "noscript", "nav", "header", "footer",
                                       "aside", "form", "figure", "iframe", "svg", "button",
                                       "template", "select", NULL};
    static const char *const words[] = {"related", "share", "social", "comment", "menu",
                                        "breadcrumb", "newsletter", "advert", "promo",
                                        "sidebar", "navbar", NULL};
    if (n->type == XML_COMMENT_NODE || any_named(n, tags))
        return 1;
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    for (const char *const *a = (const char *const[]){"class", "id", NULL}; *a; a++) {
        char *v = attr(n, *a);
        int hit = 0;
        for (size_t k = 0; v && words[k] && !hit; k++)
            hit = strstr(v, words[k]) != NULL;
        free(v);
        if (hit)
            return 1;
    }
    return 0;
}

/* Appends `s` with runs of white space as one space. */
static int add_text(erg_buf_t *b, const char *s)
{
    int rc = 0;
    for (; *s && !rc; s++) {
        int space = strchr(" \t\r\n\f\v", *s) != NULL;
        if (!space)
            rc = erg__buf_add(b, s, 1);
        else if (b->len && !strchr(" \n", b->buf[b->len - 1]))
            rc = erg__buf_add(b, " ", 1);
    }
    return rc;
}

/* Ends the paragraph being written: a blank line, no trailing space. */
static int end_paragraph(erg_buf_t *b)
{
    while (b->len && b->buf[b->len - 1] == ' ')
        b->buf[--b->len] = '\0';
    if (!b->len || (b->len >= 2 && b->buf[b->len - 1] == '\n' && b->buf[b->len - 2] == '\n'))
        return 0;
    return erg__buf_adds(b, b->buf[b->len - 1] == '\n' ? "\n" : "\n\n");
}

static int add_tree(erg_buf_t *b, const xmlNode *n)
{
    static const char *const blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                                         "blockquote", "section", "article", "main", "tr",
                                         "br", "dd", "dt", "pre", "table", "ul", "ol", NULL};
    int rc = 0;
    for (; n && !rc; n = n->next) {
        if (boilerplate(n))
            continue;
        int block = any_named(n, blocks);
        if (block)
            rc = end_paragraph(b);
        if (!rc && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            rc = add_text(b, (const char *)n->content);
        if (!rc && n->type == XML_ELEMENT_NODE)
            rc = add_tree(b, n->children);
        if (!rc && block)
            rc = end_paragraph(b);
    }
    return rc;
}

/* The text of n alone, white space joined. */
static char *plain(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    erg_buf_t b = {0};
    int rc = c ? add_text(&b, (const char *)c) : 0;
    xmlFree(c);
    if (!rc)
        rc = end_paragraph(&b);
    if (rc || !b.buf) {
        erg__buf_release(&b);
        return rc ? NULL : erg__strdup("");
    }
    while (b.len && b.buf[b.len - 1] == '\n')
        b.buf[--b.len] = '\0';
    return b.buf;
}

int erg__html_article(const char *path, const char *data, size_t len, erg_html_t *out,
                      erg_error_t *err)
{
    memset(out, 0, sizeof *out);
    if (len > (size_t)INT_MAX)
        return erg__fail(err, ERG_EINVAL, "%s: too large", path);
    htmlDocPtr doc = htmlReadMemory(data, (int)len, NULL, NULL,
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return erg__skip(err, ERG_EPARSE, ERG_SKIP_FILE, "%s: not an HTML page", path);
    }
    static const char *const titles[] = {"og:title", "twitter:title", NULL};
    static const char *const dates[] = {"article:published_time", "datePublished",
                                        "og:published_time", "pubdate", "date", NULL};
    int rc = 0;
    char *title = meta(root, titles);
    xmlNode *t = title ? NULL : find(root, "title");
    if (!title)
        title = t ? plain(t) : erg__strdup("");
    char *date = meta(root, dates);
    xmlNode *tm = date ? NULL : find(root, "time");
    if (!date && tm)
        date = attr(tm, "datetime");
    char iso[11];
    /* "2025-05-08T09:30:00+07:00": the day is what an article date keeps */
    if (date && strlen(date) > 10 && date[4] == '-' && date[10] == 'T')
        date[10] = '\0';
    if (date && erg_date_normalize(date, iso) == 0) {
        free(date);
        date = erg__strdup(iso);
    } else {
        free(date);
        date = NULL;
    }
    xmlNode *body = find(root, "article");
    if (!body)
        body = find(root, "main");
    if (!body)
        body = find(root, "body");
    erg_buf_t b = {0};
    if (title && *title)
        rc = erg__buf_adds(&b, title) || erg__buf_adds(&b, "\n\n");
    size_t head = b.len;
    if (!rc && body)
        rc = add_tree(&b, body->children);
    while (!rc && b.len && strchr(" \n", b.buf[b.len - 1]))
        b.buf[--b.len] = '\0';
    xmlFreeDoc(doc);
    if (rc || !title) {
        erg__buf_release(&b);
        free(title);
        free(date);
        return erg__fail(err, ERG_ENOMEM, "out of memory");
    }
    if (b.len <= head) {
        erg__buf_release(&b);
        free(title);
        free(date);
        erg__input_forget(path); /* not read: no input (ergraph's own page, in a run's folder) */
        return erg__skip(err, ERG_EPARSE, ERG_SKIP_FILE, "%s: no article text in the page", path);
    }
    out->text = b.buf;
    out->len = b.len;
    out->title = title;
    out->date = date;
    return 1;
}
