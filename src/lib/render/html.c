/*
 * html.c: the interactive page: one self-contained HTML file holding the SVG
 * that render.c made, the shown network's data as JSON, and a small script
 * for pan and zoom, search, and a click that highlights a node's neighbours
 * and lists the evidence of each of its links. No network access: a
 * Content-Security-Policy forbids every fetch.
 *
 * Escaping: the SVG is Graphviz's (already XML-escaped); the JSON is cJSON's
 * with '<', '>', '&', U+2028 and U+2029 written as \u escapes, so no text can
 * close the <script> element or break the script; the script inserts names
 * and snippets with textContent only, never as markup.
 */
#include "ergraph.h"
#include "mem.h"
#include "render_internal.h"

#include <cjson/cJSON.h>
#include <string.h>

static const char *const head[] = {
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>ergraph network</title>\n<style>\n"
    "html,body{margin:0;height:100%;font:14px 'DejaVu Sans',Verdana,sans-serif;color:#222}\n"
    "body{display:flex;flex-direction:column}\n"
    "header{display:flex;gap:8px;align-items:center;padding:6px 10px;"
    "border-bottom:1px solid #ccc;background:#f6f6f6}\n"
    "header h1{font-size:15px;margin:0 10px 0 0}\n#search{width:16em;padding:3px 6px}\n"
    "#matches button{margin-left:4px}\nmain{flex:1;display:flex;min-height:0}\n"
    "#canvas{flex:1;overflow:hidden;cursor:grab;touch-action:none;background:#fff}\n"
    "#canvas svg{width:100%;height:100%;display:block}\n"
    "#panel{width:26em;overflow:auto;border-left:1px solid #ccc;padding:6px 12px;"
    "background:#fbfbfb}\n#panel h2{font-size:17px;margin:6px 0}\n"
    "#evidence li{margin-bottom:10px}\n#evidence q{display:block;margin:3px 0 0 6px;color:#444}\n"
    "#evidence cite{display:block;margin-left:6px;font-size:12px;color:#777}\n"
    ".node{cursor:pointer}\n.faded{opacity:.12}\n"
    ".match ellipse{stroke:#D55E00;stroke-width:4px}\n"
    ".selected ellipse{stroke:#000;stroke-width:4px}\n"
    ".neighbour ellipse{stroke:#000;stroke-width:2px}\n"
    ".edge.active path{stroke:#000;stroke-opacity:.85}\n"
    "</style>\n</head>\n<body>\n<header><h1>ergraph</h1>"
    "<input id=\"search\" type=\"search\" placeholder=\"Search entities\" "
    "aria-label=\"Search entities\" autocomplete=\"off\"><span id=\"matches\"></span>"
    "<span style=\"flex:1\"></span><button id=\"zoom-in\" title=\"Zoom in\">+</button>"
    "<button id=\"zoom-out\" title=\"Zoom out\">&minus;</button>"
    "<button id=\"zoom-reset\">Reset view</button></header>\n<main>\n<div id=\"canvas\">\n",
};

static const char *const middle =
    "\n</div>\n<aside id=\"panel\"><p id=\"hint\">Click an entity to highlight its neighbours "
    "and read the sentences behind each link. Scroll to zoom, drag to pan, Escape to clear."
    "</p><p id=\"caption\"></p><h2 id=\"sel-name\"></h2><p id=\"sel-info\"></p>"
    "<ol id=\"evidence\"></ol></aside>\n</main>\n"
    "<script type=\"application/json\" id=\"ergraph-data\">";

static const char *const script[] = {
    "</script>\n<script>\n(function () {\n'use strict';\n"
    "var data = JSON.parse(document.getElementById('ergraph-data').textContent);\n"
    "var canvas = document.getElementById('canvas'), svg = canvas.querySelector('svg');\n"
    "var search = document.getElementById('search'), matches = document.getElementById('matches');\n"
    "var byIndex = {}, hits = [];\n"
    "function fold(s) { return s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }\n"
    "data.nodes.forEach(function (n) {\n"
    "  n.el = document.getElementById('n' + n.i); n.links = []; byIndex[n.i] = n;\n"
    "  n.key = fold([n.name].concat(n.aliases).join('\\n'));\n});\n"
    "data.links.forEach(function (l) {\n"
    "  l.el = document.getElementById('e' + l.i); byIndex[l.s].links.push(l); byIndex[l.t].links.push(l);\n});\n"
    "document.title = data.title ? data.title + ' \\u2014 ergraph' : 'ergraph';\n"
    "if (data.title) document.querySelector('header h1').textContent = data.title;\n"
    "document.getElementById('caption').textContent = data.caption + ' ' + data.shown;\n"
    "/* Pan and zoom move the viewBox, so the drawing stays vector. */\n"
    "var b = svg.viewBox.baseVal, home = [b.x, b.y, b.width, b.height], view = home.slice();\n"
    "svg.removeAttribute('width'); svg.removeAttribute('height');\n"
    "function apply() { svg.setAttribute('viewBox', view.join(' ')); }\n"
    "function toSvg(x, y) { var p = svg.createSVGPoint(); p.x = x; p.y = y;\n"
    "  return p.matrixTransform(svg.getScreenCTM().inverse()); }\n"
    "function zoomAt(f, p) { view = [p.x - (p.x - view[0]) * f, p.y - (p.y - view[1]) * f,\n"
    "  view[2] * f, view[3] * f]; apply(); }\n"
    "function zoomCentre(f) { zoomAt(f, {x: view[0] + view[2] / 2, y: view[1] + view[3] / 2}); }\n"
    "document.getElementById('zoom-in').onclick = function () { zoomCentre(1 / 1.4); };\n"
    "document.getElementById('zoom-out').onclick = function () { zoomCentre(1.4); };\n"
    "document.getElementById('zoom-reset').onclick = function () { view = home.slice(); apply(); };\n"
    "canvas.addEventListener('wheel', function (e) { e.preventDefault();\n"
    "  zoomAt(e.deltaY > 0 ? 1.2 : 1 / 1.2, toSvg(e.clientX, e.clientY)); }, {passive: false});\n"
    "var drag = null, moved = false;\n"
    "canvas.addEventListener('pointerdown', function (e) {\n"
    "  drag = {x: e.clientX, y: e.clientY, v: view.slice(), p: toSvg(e.clientX, e.clientY)}; moved = false; });\n"
    "window.addEventListener('pointermove', function (e) {\n"
    "  if (!drag) return;\n"
    "  if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4) moved = true;\n"
    "  if (!moved) return;\n"
    "  var q = toSvg(e.clientX, e.clientY);\n"
    "  view[0] -= q.x - drag.p.x; view[1] -= q.y - drag.p.y; apply(); });\n"
    "window.addEventListener('pointerup', function () { drag = null; });\n",

    "function classes(el, add, remove) { if (!el) return;\n"
    "  remove.forEach(function (c) { el.classList.remove(c); });\n"
    "  if (add) el.classList.add(add); }\n"
    "var marks = ['selected', 'neighbour', 'faded', 'active'];\n"
    "function clear() {\n"
    "  data.nodes.forEach(function (n) { classes(n.el, null, marks); });\n"
    "  data.links.forEach(function (l) { classes(l.el, null, marks); });\n"
    "  ['sel-name', 'sel-info', 'evidence'].forEach(function (id) {\n"
    "    document.getElementById(id).textContent = ''; });\n}\n"
    "function many(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }\n"
    "function el(tag, text) { var e = document.createElement(tag);\n"
    "  if (text !== undefined) e.textContent = text; return e; }\n"
    "function select(n) {\n"
    "  clear();\n"
    "  var near = {};\n"
    "  n.links.forEach(function (l) { near[l.s] = near[l.t] = true; });\n"
    "  data.nodes.forEach(function (m) {\n"
    "    classes(m.el, m === n ? 'selected' : near[m.i] ? 'neighbour' : 'faded', []); });\n"
    "  data.links.forEach(function (l) {\n"
    "    classes(l.el, l.s === n.i || l.t === n.i ? 'active' : 'faded', []); });\n"
    "  document.getElementById('sel-name').textContent = n.name;\n"
    "  document.getElementById('sel-info').textContent = n.type + ', ' + many(n.mentions, 'mention') +\n"
    "    ' in ' + many(n.documents, 'article') + ', ' + many(n.links.length, 'link') + ' shown';\n"
    "  var list = document.getElementById('evidence');\n"
    "  n.links.slice().sort(function (a, c) { return c.weight - a.weight; }).forEach(function (l) {\n"
    "    var other = byIndex[l.s === n.i ? l.t : l.s], li = el('li');\n"
    "    li.className = 'link'; li.setAttribute('data-other', other.name);\n"
    "    li.appendChild(el('strong', other.name));\n"
    "    li.appendChild(document.createTextNode(' \\u2014 weight ' + l.weight + ', in ' +\n"
    "      many(l.count, 'window')));\n"
    "    l.evidence.forEach(function (ev) {\n"
    "      li.appendChild(el('q', ev.text)); li.appendChild(el('cite', ev.doc)); });\n"
    "    list.appendChild(li); });\n}\n"
    "canvas.addEventListener('click', function (e) {\n"
    "  if (moved) return;\n"
    "  var g = e.target.closest ? e.target.closest('.node') : null;\n"
    "  var n = g && byIndex[g.id.slice(1)];\n"
    "  if (n) select(n); else clear(); });\n"
    "document.addEventListener('keydown', function (e) { if (e.key === 'Escape') clear(); });\n"
    "function find() {\n"
    "  var q = fold(search.value.trim());\n"
    "  hits = q ? data.nodes.filter(function (n) { return n.key.indexOf(q) >= 0; }) : [];\n"
    "  data.nodes.forEach(function (n) { classes(n.el, hits.indexOf(n) >= 0 ? 'match' : null, ['match']); });\n"
    "  matches.textContent = q ? hits.length + (hits.length === 1 ? ' match' : ' matches') : '';\n"
    "  hits.slice(0, 8).forEach(function (n) { var bt = el('button', n.name);\n"
    "    bt.onclick = function () { select(n); }; matches.appendChild(bt); });\n}\n"
    "search.addEventListener('input', find);\n"
    "search.addEventListener('keydown', function (e) {\n"
    "  if (e.key === 'Enter' && hits.length) select(hits[0]); });\n"
    "})();\n</script>\n</body>\n</html>\n",
};

/* JSON safe inside <script>: no "</", no "<!--", no U+2028/2029 (line
 * terminators in older JavaScript). Only strings can hold these bytes. */
static int add_script_json(erg_buf_t *out, const char *s)
{
    int rc = 0;
    for (; *s && !rc; s++) {
        const unsigned char *u = (const unsigned char *)s;
        if (*s == '<')
            rc = erg__buf_adds(out, "\\u003c");
        else if (*s == '>')
            rc = erg__buf_adds(out, "\\u003e");
        else if (*s == '&')
            rc = erg__buf_adds(out, "\\u0026");
        else if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9)) {
            rc = erg__buf_adds(out, u[2] == 0xA8 ? "\\u2028" : "\\u2029");
            s += 2;
        } else
            rc = erg__buf_add(out, s, 1);
    }
    return rc;
}

static cJSON *page_data(const erg_graph_t *g, const erg_measures_t *m, const erg_plan_t *p)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "title", p->title);
    cJSON_AddStringToObject(root, "caption", p->caption);
    cJSON_AddStringToObject(root, "shown", p->shown_text);
    cJSON *nodes = cJSON_AddArrayToObject(root, "nodes");
    for (size_t k = 0; k < p->nshown; k++) {
        size_t i = p->shown[k];
        const erg_node_t *nd = &g->nodes[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "i", (double)i);
        cJSON_AddStringToObject(o, "name", nd->id);
        cJSON_AddStringToObject(o, "label", p->label[i]);
        cJSON_AddStringToObject(o, "type", erg_type_name(nd->type));
        cJSON_AddNumberToObject(o, "mentions", (double)nd->mentions);
        cJSON_AddNumberToObject(o, "documents", (double)nd->documents);
        cJSON_AddNumberToObject(o, "pagerank", m->pagerank[i]);
        cJSON *aliases = nd->naliases ? cJSON_CreateStringArray((const char *const *)nd->aliases,
                                                                 (int)nd->naliases)
                                      : cJSON_CreateArray();
        cJSON_AddItemToObject(o, "aliases", aliases);
        cJSON_AddItemToArray(nodes, o);
    }
    cJSON *links = cJSON_AddArrayToObject(root, "links");
    for (size_t k = 0; k < p->nlinks; k++) {
        const erg_link_t *l = &g->links[p->links[k]];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "i", (double)p->links[k]);
        cJSON_AddNumberToObject(o, "s", (double)l->source);
        cJSON_AddNumberToObject(o, "t", (double)l->target);
        cJSON_AddNumberToObject(o, "weight", l->weight);
        cJSON_AddNumberToObject(o, "count", (double)l->count);
        cJSON *ev = cJSON_AddArrayToObject(o, "evidence");
        for (size_t e = 0; e < l->nevidence; e++) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "doc", l->evidence[e].doc);
            cJSON_AddStringToObject(x, "text", l->evidence[e].text);
            cJSON_AddItemToArray(ev, x);
        }
        cJSON_AddItemToArray(links, o);
    }
    return root;
}

int erg__html_page(erg_buf_t *out, const erg_graph_t *g, const erg_measures_t *m,
                  const erg_plan_t *p, const char *svg, size_t len)
{
    /* Drop Graphviz's XML prolog and doctype: the page is HTML. */
    const char *start = svg;
    for (const char *end = svg + len; start + 4 <= end && memcmp(start, "<svg", 4) != 0;)
        start++;
    if (start + 4 > svg + len)
        start = svg + len;
    cJSON *root = page_data(g, m, p);
    char *json = root ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    int rc = json ? 0 : ERG_ENOMEM;
    for (size_t k = 0; k < sizeof head / sizeof head[0] && !rc; k++)
        rc = erg__buf_adds(out, head[k]);
    if (!rc)
        rc = erg__buf_add(out, start, (size_t)(svg + len - start));
    if (!rc)
        rc = erg__buf_adds(out, middle);
    if (!rc)
        rc = add_script_json(out, json);
    for (size_t k = 0; k < sizeof script / sizeof script[0] && !rc; k++)
        rc = erg__buf_adds(out, script[k]);
    cJSON_free(json);
    return rc ? ERG_ENOMEM : 0;
}
