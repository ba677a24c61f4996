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
#include "map.h"
#include "mem.h"
#include "render_internal.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static const char *const head[] = {
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-"
    "inline'; script-src 'unsafe-inline'; img-src data:\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>ergraph network</title>\n"
    "<style>\n"
    "html,body{margin:0;height:100%;font:14px 'DejaVu Sans',Verdana,sans-serif;color:#222}\n"
    "body{display:flex;flex-direction:column}\n"
    "header,#tools{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;padding:5px 10px"
    ";border-bottom:1px solid #ccc;background:#f6f6f6}\n"
    "#tools{background:#fafafa;font-size:13px}\n"
    "#tools label{white-space:nowrap}\n"
    "header h1{font-size:15px;margin:0 10px 0 0}\n"
    "#search{width:16em;padding:3px 6px}\n"
    "#path-from,#path-to{width:10em}\n"
    "#matches button{margin-left:4px}\n"
    "main{flex:1;display:flex;min-height:0}\n"
    "#canvas{flex:1;overflow:hidden;cursor:grab;touch-action:none;background:#fff}\n"
    "#canvas svg{width:100%;height:100%;display:block}\n"
    "#panel{width:26em;overflow:auto;border-left:1px solid #ccc;padding:6px 12px;background:#fb"
    "fbfb}\n"
    "#panel h2{font-size:17px;margin:6px 0}\n"
    "#evidence li{margin-bottom:10px}\n"
    "#evidence q{display:block;margin:3px 0 0 6px;color:#444}\n"
    "#evidence cite{display:block;margin-left:6px;font-size:12px;color:#777}\n"
    ".node{cursor:pointer}\n"
    ".node:focus{outline:none}\n"
    ".node:focus ellipse{stroke:#0072B2;stroke-width:4px}\n"
    ".edge{cursor:pointer}\n"
    ".edge path{pointer-events:stroke}\n"
    ".faded{opacity:.12}\n"
    ".hidden{display:none}\n"
    ".match ellipse{stroke:#D55E00;stroke-width:4px}\n"
    ".selected ellipse{stroke:#000;stroke-width:4px}\n"
    ".neighbour ellipse{stroke:#000;stroke-width:2px}\n"
    ".edge.active path{stroke:#000;stroke-opacity:.85}\n"
    ".onpath ellipse{stroke:#D55E00;stroke-width:4px}\n"
    ".edge.onpath path{stroke:#D55E00;stroke-opacity:1}\n"
    "@media (max-width:700px){main{flex-direction:column}#canvas{flex:none;height:55vh}#panel{w"
    "idth:auto;flex:1;border-left:0;border-top:1px solid #ccc}}\n"
    "</style>\n"
    "</head>\n"
    "<body>\n"
    "<header><h1>ergraph</h1><input id=\"search\" type=\"search\" placeholder=\"Search every entity\""
    " aria-label=\"Search every entity\" autocomplete=\"off\"><span id=\"matches\"></span><span style"
    "=\"flex:1\"></span><button id=\"zoom-in\" title=\"Zoom in\">+</button><button id=\"zoom-out\" titl"
    "e=\"Zoom out\">&minus;</button><button id=\"zoom-reset\">Reset view</button></header>\n"
    "<div id=\"tools\"><span id=\"types\"></span><label>links &ge; <input id=\"min-weight\" type=\"ran"
    "ge\" step=\"any\"> <output id=\"min-weight-value\"></output></label><label>degree &ge; <input i"
    "d=\"min-degree\" type=\"number\" min=\"0\" value=\"0\" style=\"width:4em\"></label>"
    "<span id=\"time-box\"><label>from <input id=\"time-from\" type=\"range\" min=\"0\" step=\"1\" "
    "aria-label=\"Period from\"> <output id=\"time-from-value\"></output></label> <label>to <input"
    " id=\"time-to\" type=\"range\" min=\"0\" step=\"1\" aria-label=\"Period to\"> <output id=\"tim"
    "e-to-value\"></output></label></span><label id=\"commun"
    "ity-box\">community <select id=\"community\"><option value=\"\">all</option></select></label><s"
    "pan id=\"counts\"></span><button id=\"focus\" title=\"Show the selected entity and its neighbou"
    "rs\">Focus</button><select id=\"depth\" aria-label=\"Focus depth\"><option>1</option><option>2<"
    "/option></select><button id=\"show-all\">Show all</button><label>path <input id=\"path-from\" "
    "list=\"names\" aria-label=\"Path from\"> to <input id=\"path-to\" list=\"names\" aria-label=\"Path "
    "to\"></label><button id=\"path-go\">Find</button><datalist id=\"names\"></datalist><span>export"
    "</span><button id=\"export-svg\">SVG</button><button id=\"export-png\">PNG</button><button id="
    "\"export-csv\">CSV</button></div>\n"
    "<main>\n"
    "<div id=\"canvas\">\n"
};

static const char *const middle =
    "\n</div>\n<aside id=\"panel\"><p id=\"hint\">Click an entity to highlight its neighbours "
    "and read the sentences behind each link, or click a link. Filter, focus on the selected "
    "entity, find a path, export what is shown. Scroll to zoom, drag to pan, Tab and Enter to "
    "pick an entity, Escape to clear."
    "</p><p id=\"caption\"></p><h2 id=\"sel-name\"></h2><p id=\"sel-info\"></p>"
    "<ol id=\"evidence\"></ol></aside>\n</main>\n"
    "<script type=\"application/json\" id=\"ergraph-data\">";

static const char *const script[] = {
    "</script>\n"
    "<script>\n"
    "(function () {\n"
    "'use strict';\n"
    "var data = JSON.parse(document.getElementById('ergraph-data').textContent);\n"
    "var canvas = document.getElementById('canvas'), svg = canvas.querySelector('svg');\n"
    "var search = document.getElementById('search'), matches = document.getElementById('matches"
    "');\n"
    "var $ = function (id) { return document.getElementById(id); };\n"
    "var byIndex = {}, byName = {}, hits = [], focus = null, onPath = {};\n"
    "function fold(s) { return s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase("
    "); }\n"
    "function many(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }\n"
    "function el(tag, text) { var e = document.createElement(tag);\n"
    "  if (text !== undefined) e.textContent = text; return e; }\n"
    "data.nodes.forEach(function (n) {\n"
    "  n.el = document.getElementById('n' + n.i); n.links = []; byIndex[n.i] = n; byName[n.name"
    "] = n;\n"
    "  n.key = fold([n.name, n.label].concat(n.aliases).join('\\n'));\n"
    "  if (n.el) { n.el.setAttribute('tabindex', '0'); n.el.setAttribute('role', 'button');\n"
    "    n.el.setAttribute('aria-label', n.label); }\n"
    "});\n"
    "data.others.forEach(function (n) { n.key = fold([n.name].concat(n.aliases).join('\\n')); })"
    ";\n"
    "data.links.forEach(function (l) {\n"
    "  l.el = document.getElementById('e' + l.i); byIndex[l.s].links.push(l); byIndex[l.t].link"
    "s.push(l);\n"
    "});\n"
    "document.title = data.title ? data.title + ' \\u2014 ergraph' : 'ergraph';\n"
    "if (data.title) document.querySelector('header h1').textContent = data.title;\n"
    "$('caption').textContent = data.caption + ' ' + data.shown;\n"
    "/* Pan and zoom move the viewBox, so the drawing stays vector. */\n"
    "var b = svg.viewBox.baseVal, home = [b.x, b.y, b.width, b.height], view = home.slice();\n"
    "svg.removeAttribute('width'); svg.removeAttribute('height');\n"
    "function apply() { svg.setAttribute('viewBox', view.join(' ')); }\n"
    "function toSvg(x, y) { var p = svg.createSVGPoint(); p.x = x; p.y = y;\n"
    "  return p.matrixTransform(svg.getScreenCTM().inverse()); }\n"
    "function zoomAt(f, p) { view = [p.x - (p.x - view[0]) * f, p.y - (p.y - view[1]) * f,\n"
    "  view[2] * f, view[3] * f]; apply(); }\n"
    "function zoomCentre(f) { zoomAt(f, {x: view[0] + view[2] / 2, y: view[1] + view[3] / 2}); "
    "}\n"
    "$('zoom-in').onclick = function () { zoomCentre(1 / 1.4); };\n"
    "$('zoom-out').onclick = function () { zoomCentre(1.4); };\n"
    "$('zoom-reset').onclick = function () { view = home.slice(); apply(); };\n"
    "canvas.addEventListener('wheel', function (e) { e.preventDefault();\n"
    "  zoomAt(e.deltaY > 0 ? 1.2 : 1 / 1.2, toSvg(e.clientX, e.clientY)); }, {passive: false});"
    "\n"
    "var drag = null, moved = false;\n"
    "canvas.addEventListener('pointerdown', function (e) {\n"
    "  drag = {x: e.clientX, y: e.clientY, v: view.slice(), p: toSvg(e.clientX, e.clientY)}; mo"
    "ved = false; });\n"
    "window.addEventListener('pointermove', function (e) {\n"
    "  if (!drag) return;\n"
    "  if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4) moved = true;\n"
    "  if (!moved) return;\n"
    "  var q = toSvg(e.clientX, e.clientY);\n"
    "  view[0] -= q.x - drag.p.x; view[1] -= q.y - drag.p.y; apply(); });\n"
    "window.addEventListener('pointerup', function () { drag = null; });\n"
    "\n"
    "/* Filters: type, link weight, degree among the links shown, community,\n"
    " * and the focus; a link shows when both ends do and its weight passes. */\n"
    "var types = {}, wmin = Infinity, wmax = 0, comms = {};\n"
    "data.nodes.forEach(function (n) { types[n.type] = true;\n"
    "  if (n.community !== undefined) comms[n.community] = (comms[n.community] || 0) + 1; });\n"
    "data.links.forEach(function (l) { wmin = Math.min(wmin, l.weight); wmax = Math.max(wmax, l"
    ".weight); });\n"
    ,
    "Object.keys(types).sort().forEach(function (t) {\n"
    "  var lab = el('label'), box = el('input'); box.type = 'checkbox'; box.checked = true;\n"
    "  box.value = t; box.className = 'type'; box.onchange = update;\n"
    "  lab.appendChild(box); lab.appendChild(document.createTextNode(' ' + t)); $('types').appe"
    "ndChild(lab); });\n"
    "var mw = $('min-weight'); mw.min = data.links.length ? wmin : 0; mw.max = data.links.lengt"
    "h ? wmax : 0;\n"
    "mw.value = mw.min; mw.oninput = update; $('min-degree').oninput = update;\n"
    "var cs = $('community');\n"
    "if (Object.keys(comms).length) Object.keys(comms).sort(function (a, c) { return comms[c] -"
    " comms[a]; })\n"
    "  .forEach(function (c) { var o = el('option', 'community ' + c + ' (' + comms[c] + ')'); "
    "o.value = c; cs.appendChild(o); });\n"
    "else $('community-box').style.display = 'none';\n"
    "cs.onchange = update;\n"
    ,
    "/* Time: the articles' dates, when the network records them (its graph's\n"
    " * article_dates): a link shows in a period when one of its articles is\n"
    " * dated in it, and its evidence is the snippets of those articles. */\n"
    "var tf = $('time-from'), tt = $('time-to'), period = null, last = data.dates.length - 1;\n"
    "if (last > 0) { tf.max = tt.max = last; tf.value = 0; tt.value = last;\n"
    "  tf.oninput = tt.oninput = function (e) {\n"
    "    if (+tf.value > +tt.value) { if (e.target === tf) tt.value = tf.value; else tf.value = tt.value; }\n"
    "    update(); };\n"
    "} else $('time-box').style.display = 'none';\n"
    "function inPeriod(l) { return period ? l.dd.filter(function (d) { return d >= period[0] && d <= period[1]; }).length : l.docs; }\n"
    "function evInPeriod(ev) { return !period || (ev.d >= period[0] && ev.d <= period[1]); }\n"
    "var names = $('names');\n"
    "data.nodes.forEach(function (n) { var o = el('option'); o.value = n.name; names.appendChil"
    "d(o); });\n"
    "function visible() {\n"
    "  var on = {}, w = +mw.value, dmin = +$('min-degree').value || 0, c = cs.value, deg = {};\n"
    "  period = last > 0 && (+tf.value > 0 || +tt.value < last) ? [+tf.value, +tt.value] : null;\n"

    "  document.querySelectorAll('#types input').forEach(function (box) { on[box.value] = box.c"
    "hecked; });\n"
    "  var keep = {};\n"
    "  data.nodes.forEach(function (n) { keep[n.i] = on[n.type] && (c === '' || String(n.commun"
    "ity) === c); deg[n.i] = 0; });\n"
    "  var links = data.links.filter(function (l) { return l.weight >= w && keep[l.s] && keep[l"
    ".t] && inPeriod(l) > 0; });\n"
    "  links.forEach(function (l) { deg[l.s]++; deg[l.t]++; });\n"
    "  data.nodes.forEach(function (n) { keep[n.i] = keep[n.i] && deg[n.i] >= dmin && (!period || deg[n.i] > 0); });\n"
    "  links = links.filter(function (l) { return keep[l.s] && keep[l.t]; });\n"
    "  if (focus) {\n"
    "    var dist = {}; dist[focus.n.i] = 0;\n"
    "    for (var d = 0; d < focus.depth; d++)\n"
    "      links.forEach(function (l) {\n"
    "        if (dist[l.s] === d && dist[l.t] === undefined) dist[l.t] = d + 1;\n"
    "        else if (dist[l.t] === d && dist[l.s] === undefined) dist[l.s] = d + 1; });\n"
    "    data.nodes.forEach(function (n) { keep[n.i] = keep[n.i] && dist[n.i] !== undefined; })"
    ";\n"
    "    links = links.filter(function (l) { return keep[l.s] && keep[l.t]; });\n"
    "  }\n"
    "  return {nodes: data.nodes.filter(function (n) { return keep[n.i]; }), links: links, keep"
    ": keep};\n"
    "}\n"
    "function update() {\n"
    "  var v = visible(), shown = {};\n"
    "  $('min-weight-value').textContent = mw.value;\n"
    "  v.links.forEach(function (l) { shown[l.i] = true; });\n"
    "  data.nodes.forEach(function (n) { if (n.el) n.el.classList.toggle('hidden', !v.keep[n.i]"
    "); });\n"
    "  data.links.forEach(function (l) { if (l.el) l.el.classList.toggle('hidden', !shown[l.i])"
    "; });\n"
    "  $('counts').textContent = v.nodes.length + ' of ' + data.nodes.length + ' entities, ' +\n"
    "    v.links.length + ' of ' + data.links.length + ' links shown' +\n"
    "    (period ? ', ' + data.dates[period[0]] + ' to ' + data.dates[period[1]] : '');\n"
    "  if (last > 0) { $('time-from-value').textContent = data.dates[+tf.value];\n"
    "    $('time-to-value').textContent = data.dates[+tt.value]; }\n"

    "  return v;\n"
    "}\n"
    "\n"
    "function classes(e, add, remove) { if (!e) return;\n"
    "  remove.forEach(function (c) { e.classList.remove(c); });\n"
    "  if (add) e.classList.add(add); }\n"
    "var marks = ['selected', 'neighbour', 'faded', 'active', 'onpath'];\n"
    "var selected = null;\n"
    "function clear() {\n"
    "  selected = null;\n"
    "  data.nodes.forEach(function (n) { classes(n.el, null, marks); });\n"
    "  data.links.forEach(function (l) { classes(l.el, null, marks); });\n"
    "  ['sel-name', 'sel-info', 'evidence'].forEach(function (id) { $(id).textContent = ''; });"
    "\n"
    "}\n"
    "function evidence(li, l) {\n"
    "  var evs = l.evidence.filter(evInPeriod);\n"
    "  evs.forEach(function (ev) { li.appendChild(el('q', ev.text)); li.appendChild(el('cite', ev.doc)); });\n"
    "  if (!evs.length && l.evidence.length) li.appendChild(el('cite', 'none of its ' + many(l.evidence.length, 'snippet') + ' kept is from this period'));\n"
    "}\n"

    "function select(n) {\n"
    "  clear(); selected = n;\n"
    "  var near = {};\n"
    "  n.links.forEach(function (l) { near[l.s] = near[l.t] = true; });\n"
    "  data.nodes.forEach(function (m) {\n"
    ,
    "    classes(m.el, m === n ? 'selected' : near[m.i] ? 'neighbour' : 'faded', []); });\n"
    "  data.links.forEach(function (l) {\n"
    "    classes(l.el, l.s === n.i || l.t === n.i ? 'active' : 'faded', []); });\n"
    "  $('sel-name').textContent = n.label === n.name ? n.name : n.label + ' (' + n.name + ')';"
    "\n"
    "  $('sel-info').textContent = n.type + ', ' + many(n.mentions, 'mention') + ' in ' +\n"
    "    many(n.documents, 'article') + ', ' + many(n.links.length, 'link') + ' shown; pagerank"
    " ' +\n"
    "    n.pagerank.toFixed(4) + ', degree ' + n.degree +\n"
    "    (n.community !== undefined ? ', community ' + n.community : '') +\n"
    "    (n.aliases.length ? '; written ' + n.aliases.join(', ') : '');\n"
    "  var list = $('evidence');\n"
    "  n.links.filter(function (l) { return inPeriod(l) > 0; }).sort(function (a, c) { return c.weight - a.weight; }).forEach(function ("
    "l) {\n"
    "    var other = byIndex[l.s === n.i ? l.t : l.s], li = el('li');\n"
    "    li.className = 'link'; li.setAttribute('data-other', other.name);\n"
    "    li.appendChild(el('strong', other.label));\n"
    "    li.appendChild(document.createTextNode(' \\u2014 weight ' + l.weight + ', in ' +\n"
    "      many(l.count, 'window')));\n"
    "    evidence(li, l); list.appendChild(li); });\n"
    "}\n"
    "function selectLink(l) {\n"
    "  clear();\n"
    "  data.nodes.forEach(function (m) { classes(m.el, m.i === l.s || m.i === l.t ? 'neighbour'"
    " : 'faded', []); });\n"
    "  data.links.forEach(function (k) { classes(k.el, k === l ? 'active' : 'faded', []); });\n"
    "  var a = byIndex[l.s], c = byIndex[l.t];\n"
    "  $('sel-name').textContent = a.label + ' \\u2013 ' + c.label;\n"
    "  $('sel-info').textContent = 'weight ' + l.weight + ', together in ' + many(l.count, 'win"
    "dow') +\n"
    "    ' of ' + many(l.docs, 'article') + (period ? ', ' + inPeriod(l) + ' of them in the period' : '');\n"
    "  var li = el('li'); li.className = 'link'; evidence(li, l); $('evidence').appendChild(li)"
    ";\n"
    "}\n"
    ,
    "/* An entity not drawn, brought into view from the search: a dashed circle\n"
    " * beside its drawn neighbours (the centre of theirs, or the view's corner\n"
    " * when it has none) with a dashed line to each; it then joins the page's\n"
    " * entities, so that a click, the filters, focus and path know it. */\n"
    "var NS = 'http://www.w3.org/2000/svg', layer = svg.querySelector('g.graph') || svg;\n"
    "var drawn = data.nodes.length;\n"
    "function svgEl(tag, attrs) { var e = document.createElementNS(NS, tag);\n"
    "  Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); return e; }\n"
    "function centre(n) { var c = n && n.el && n.el.querySelector('ellipse');\n"
    "  return c ? {x: +c.getAttribute('cx'), y: +c.getAttribute('cy')} : null; }\n"
    "function bringIn(o) {\n"
    "  var near = o.links.map(function (l) { return centre(byIndex[l.s === o.i ? l.t : l.s]); });\n"
    "  var ps = near.filter(Boolean), x, y;\n"
    "  if (ps.length) {\n"
    "    x = ps.reduce(function (a, p) { return a + p.x; }, 0) / ps.length;\n"
    "    y = ps.reduce(function (a, p) { return a + p.y; }, 0) / ps.length;\n"
    "  } else { var bb = layer.getBBox(); x = bb.x + 20; y = bb.y + 20; }\n"
    "  /* the nearest place, on rings round that one, clear of every circle and\n"
    "   * of the name under it */\n"
    "  var clear = function (px, py) { return data.nodes.every(function (m) {\n"
    "    var c = centre(m), r = c ? +m.el.querySelector('ellipse').getAttribute('rx') : 0;\n"
    "    return !c || Math.abs(c.x - px) > r + 40 || py - c.y > r + 34 || c.y - py > r + 40; }); };\n"
    "  for (var ring = 0, found = false; ring < 16 && !found; ring++)\n"
    "    for (var a = 0; a < 16 && !found; a++)\n"
    "      if (clear(x + ring * 20 * Math.cos(a * Math.PI / 8), y + ring * 20 * Math.sin(a * Math.PI / 8))) {\n"
    "        x += ring * 20 * Math.cos(a * Math.PI / 8); y += ring * 20 * Math.sin(a * Math.PI / 8); found = true; }\n"
    "  var g = svgEl('g', {id: 'n' + o.i, 'class': 'node added'}), t = svgEl('title', {});\n"
    "  t.textContent = o.name; g.appendChild(t);\n"
    "  g.appendChild(svgEl('ellipse', {cx: x, cy: y, rx: 9, ry: 9, fill: '#fff', stroke: '#333',\n"
    "    'stroke-width': 1.5, 'stroke-dasharray': '3 2'}));\n"
    "  var tx = svgEl('text', {x: x, y: y + 24, 'text-anchor': 'middle', 'font-size': 14, fill: '#1a1a1a'});\n"
    "  tx.textContent = o.name; g.appendChild(tx);\n"
    "  o.links.forEach(function (l, k) {\n"
    "    if (!near[k]) return;\n"
    "    var e = svgEl('g', {id: 'e' + l.i, 'class': 'edge added'}), lt = svgEl('title', {});\n"
    "    lt.textContent = byIndex[l.s === o.i ? l.t : l.s].name + ' \\u2013 ' + o.name; e.appendChild(lt);\n"
    "    e.appendChild(svgEl('path', {d: 'M' + x + ',' + y + 'L' + near[k].x + ',' + near[k].y,\n"
    "      fill: 'none', stroke: '#404040', 'stroke-width': 1.5, 'stroke-dasharray': '4 3'}));\n"
    "    layer.insertBefore(e, layer.querySelector('g.node'));\n"
    "    l.el = e; data.links.push(l); byIndex[l.s === o.i ? l.t : l.s].links.push(l);\n"
    "  });\n"
    "  layer.appendChild(g);\n"
    "  o.el = g; o.label = o.name; o.aliases = o.aliases || [];\n"
    "  o.links = o.links.filter(function (l, k) { return near[k]; });\n"
    "  g.setAttribute('tabindex', '0'); g.setAttribute('role', 'button'); g.setAttribute('aria-label', o.name);\n"
    "  data.others.splice(data.others.indexOf(o), 1); data.nodes.push(o); byIndex[o.i] = o; byName[o.name] = o;\n"
    "  /* the view centred on it: its place in the SVG's own coordinates */\n"
    "  var t0 = layer.transform && layer.transform.baseVal.consolidate(), mx = t0 ? t0.matrix : null;\n"
    "  var cx = mx ? mx.a * x + mx.c * y + mx.e : x, cy = mx ? mx.b * x + mx.d * y + mx.f : y;\n"
    "  view[0] = cx - view[2] / 2; view[1] = cy - view[3] / 2; apply();\n"
    "  update();\n"
    "}\n"
    "function showOther(n) {\n"
    "  bringIn(n); find(); select(n);\n"
    "  $('sel-info').textContent += '. Not among the ' + drawn + ' drawn: placed beside its drawn ' +\n"
    "    'neighbours (dashed); render with --focus \"' + n.name + '\" to lay it out with them';\n"
    "}\n"
    ,
    "canvas.addEventListener('click', function (e) {\n"
    "  if (moved) return;\n"
    "  var g = e.target.closest ? e.target.closest('.node, .edge') : null;\n"
    "  var x = g && byIndex[g.id.slice(1)];\n"
    "  if (g && g.classList.contains('edge')) {\n"
    "    var l = data.links.filter(function (k) { return 'e' + k.i === g.id; })[0];\n"
    "    if (l) selectLink(l);\n"
    "  } else if (x) select(x); else clear(); });\n"
    "document.addEventListener('keydown', function (e) {\n"
    "  if (e.key === 'Escape') clear();\n"
    "  if (e.key === 'Enter' && e.target.classList && e.target.classList.contains('node'))\n"
    "    select(byIndex[e.target.id.slice(1)]); });\n"
    "function find() {\n"
    "  var q = fold(search.value.trim());\n"
    "  hits = q ? data.nodes.filter(function (n) { return n.key.indexOf(q) >= 0; }) : [];\n"
    "  var others = q ? data.others.filter(function (n) { return n.key.indexOf(q) >= 0; }) : []"
    ";\n"
    "  data.nodes.forEach(function (n) { classes(n.el, hits.indexOf(n) >= 0 ? 'match' : null, ["
    "'match']); });\n"
    "  matches.textContent = q ? hits.length + (hits.length === 1 ? ' match' : ' matches') +\n"
    "    (others.length ? ', ' + others.length + ' not drawn' : '') : '';\n"
    "  hits.slice(0, 8).forEach(function (n) { var bt = el('button', n.label);\n"
    "    bt.onclick = function () { select(n); }; matches.appendChild(bt); });\n"
    "  others.slice(0, 4).forEach(function (n) { var bt = el('button', n.name + ' (not drawn)')"
    ";\n"
    "    bt.className = 'other'; bt.onclick = function () { showOther(n); }; matches.appendChil"
    "d(bt); });\n"
    "}\n"
    "search.addEventListener('input', find);\n"
    ,
    "search.addEventListener('keydown', function (e) {\n"
    "  if (e.key === 'Enter' && hits.length) select(hits[0]); });\n"
    "\n"
    "/* Focus and path. */\n"
    "$('focus').onclick = function () { if (selected) { focus = {n: selected, depth: +$('depth'"
    ").value}; update(); } };\n"
    "$('depth').onchange = function () { if (focus) { focus.depth = +$('depth').value; update()"
    "; } };\n"
    "$('show-all').onclick = function () { focus = null; update(); };\n"
    "function named(s) {\n"
    "  var q = fold(s.trim());\n"
    "  return byName[s] || data.nodes.filter(function (n) { return fold(n.name) === q || fold(n"
    ".label) === q; })[0];\n"
    "}\n"
    "$('path-go').onclick = function () {\n"
    "  var a = named($('path-from').value), z = named($('path-to').value), v = visible();\n"
    "  clear();\n"
    "  if (!a || !z) { $('sel-name').textContent = 'No entity drawn by that name'; return; }\n"
    "  var from = {}, queue = [a.i], adj = {};\n"
    "  v.links.forEach(function (l) { (adj[l.s] = adj[l.s] || []).push(l); (adj[l.t] = adj[l.t]"
    " || []).push(l); });\n"
    "  from[a.i] = null;\n"
    "  while (queue.length && from[z.i] === undefined) {\n"
    "    var u = queue.shift();\n"
    "    (adj[u] || []).forEach(function (l) { var w = l.s === u ? l.t : l.s;\n"
    "      if (from[w] === undefined) { from[w] = l; queue.push(w); } });\n"
    "  }\n"
    "  if (from[z.i] === undefined) { $('sel-name').textContent = a.label + ' and ' + z.label +"
    " ': no path among the links shown'; return; }\n"
    "  var hops = [];\n"
    "  for (var x = z.i; x !== a.i; x = from[x].s === x ? from[x].t : from[x].s) hops.unshift(f"
    "rom[x]);\n"
    "  var on = {}; on[a.i] = true;\n"
    "  hops.forEach(function (l) { on[l.s] = on[l.t] = true; });\n"
    "  data.nodes.forEach(function (m) { classes(m.el, on[m.i] ? 'onpath' : 'faded', []); });\n"
    "  data.links.forEach(function (l) { classes(l.el, hops.indexOf(l) >= 0 ? 'onpath' : 'faded"
    "', []); });\n"
    "  $('sel-name').textContent = a.label + ' to ' + z.label + ': ' + many(hops.length, 'link'"
    ");\n"
    "  var at = a.i;\n"
    "  hops.forEach(function (l) {\n"
    "    var next = l.s === at ? l.t : l.s, li = el('li');\n"
    "    li.className = 'hop'; li.appendChild(el('strong', byIndex[at].label + ' \\u2013 ' + byI"
    "ndex[next].label));\n"
    "    li.appendChild(document.createTextNode(' \\u2014 weight ' + l.weight));\n"
    "    evidence(li, l); $('evidence').appendChild(li); at = next; });\n"
    "};\n"
    "\n"
    "/* Export what is shown: the drawing as SVG or PNG, the entities and links as CSV. */\n"
    "function save(name, href) { var a = el('a'); a.href = href; a.download = name;\n"
    "  document.body.appendChild(a); a.click(); a.remove(); }\n"
    "function svgText() { return new XMLSerializer().serializeToString(svg); }\n"
    "function cell(s) { s = String(s); return /[\",\\r\\n]/.test(s) ? '\"' + s.replace(/\"/g, '\"\"') "
    "+ '\"' : s; }\n"
    "function csv() {\n"
    "  var v = visible(), rows = [['kind', 'source', 'target', 'type', 'weight', 'count', 'ment"
    "ions', 'documents', 'pagerank']];\n"
    "  v.nodes.forEach(function (n) { rows.push(['entity', n.name, '', n.type, '', '', n.mentio"
    "ns, n.documents, n.pagerank]); });\n"
    "  v.links.forEach(function (l) { rows.push(['link', byIndex[l.s].name, byIndex[l.t].name, "
    "'', l.weight, l.count, '', l.docs, '']); });\n"
    "  return rows.map(function (r) { return r.map(cell).join(','); }).join('\\r\\n') + '\\r\\n';\n"
    "}\n"
    "function png(done) {\n"
    "  var img = new Image(), r = svg.getBoundingClientRect();\n"
    "  img.onload = function () { var c = el('canvas'); c.width = r.width * 2; c.height = r.hei"
    "ght * 2;\n"
    "    var x = c.getContext('2d'); x.fillStyle = '#fff'; x.fillRect(0, 0, c.width, c.height);"
    "\n"
    "    x.drawImage(img, 0, 0, c.width, c.height); done(c.toDataURL('image/png')); };\n"
    ,
    "  var s = svgText().replace('<svg ', '<svg width=\"' + r.width + '\" height=\"' + r.height + "
    "'\" ');\n"
    "  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(s);\n"
    "}\n"
    "$('export-svg').onclick = function () { save('ergraph.svg', 'data:image/svg+xml;charset=ut"
    "f-8,' + encodeURIComponent(svgText())); };\n"
    "$('export-png').onclick = function () { png(function (url) { save('ergraph.png', url); });"
    " };\n"
    "$('export-csv').onclick = function () { save('ergraph.csv', 'data:text/csv;charset=utf-8,'"
    " + encodeURIComponent(csv())); };\n"
    "window.ergraph = {csv: csv, svg: svgText, png: png, visible: visible};\n"
    "update();\n"
    "})();\n"
    "</script>\n"
    "</body>\n"
    "</html>\n"
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

static int cmp_date(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The articles' dates, when the network records them ("article_dates" of
 * its graph object): "dates" on the page, sorted and distinct, and in
 * `index` each dated article's id -> the index of its date there. */
static int page_dates(const erg_graph_t *g, cJSON *root, erg_map_t *index)
{
    cJSON *meta = g->meta_json ? cJSON_Parse(g->meta_json) : NULL;
    const cJSON *ad = cJSON_GetObjectItemCaseSensitive(meta, "article_dates"), *it;
    size_t n = 0, k = 0;
    cJSON_ArrayForEach(it, ad)
        n += cJSON_IsString(it) && it->string;
    const char **v = malloc((n + 1) * sizeof *v);
    int rc = v ? 0 : ERG_ENOMEM;
    cJSON_ArrayForEach(it, ad)
        if (v && cJSON_IsString(it) && it->string)
            v[k++] = it->valuestring;
    if (k)
        qsort(v, k, sizeof *v, cmp_date);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (!u || strcmp(v[u - 1], v[i]) != 0)
            v[u++] = v[i];
    cJSON *dates = cJSON_AddArrayToObject(root, "dates");
    for (size_t i = 0; i < u; i++)
        cJSON_AddItemToArray(dates, cJSON_CreateString(v[i]));
    cJSON_ArrayForEach(it, ad) {
        if (rc || !cJSON_IsString(it) || !it->string)
            continue;
        const char **at = bsearch(&it->valuestring, v, u, sizeof *v, cmp_date);
        rc = erg__map_put(index, it->string, strlen(it->string), (size_t)(at - v));
    }
    free(v);
    cJSON_Delete(meta);
    return rc;
}

/* The index of the date of article `doc` on the page, or -1. */
static double date_of(const erg_map_t *index, const char *doc)
{
    const size_t *d = erg__map_get(index, doc, strlen(doc));
    return d ? (double)*d : -1;
}

/* Link k of the network as the page reads it: its ends, weight, count,
 * articles (with the dates of the dated ones) and evidence. */
static cJSON *link_json(const erg_graph_t *g, size_t k, const erg_map_t *dates)
{
    const erg_link_t *l = &g->links[k];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "i", (double)k);
    cJSON_AddNumberToObject(o, "s", (double)l->source);
    cJSON_AddNumberToObject(o, "t", (double)l->target);
    cJSON_AddNumberToObject(o, "weight", l->weight);
    cJSON_AddNumberToObject(o, "count", (double)l->count);
    cJSON_AddNumberToObject(o, "docs", (double)l->ndocs);
    cJSON *dd = cJSON_AddArrayToObject(o, "dd"); /* its dated articles' dates */
    for (size_t d = 0; d < l->ndocs; d++)
        if (date_of(dates, l->docs[d]) >= 0)
            cJSON_AddItemToArray(dd, cJSON_CreateNumber(date_of(dates, l->docs[d])));
    cJSON *ev = cJSON_AddArrayToObject(o, "evidence");
    for (size_t e = 0; e < l->nevidence; e++) {
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "doc", l->evidence[e].doc);
        cJSON_AddStringToObject(x, "text", l->evidence[e].text);
        cJSON_AddNumberToObject(x, "d", date_of(dates, l->evidence[e].doc));
        cJSON_AddItemToArray(ev, x);
    }
    return o;
}

static const erg_graph_t *by_weight_g;

static int cmp_weight(const void *a, const void *b)
{
    double x = by_weight_g->links[*(const size_t *)a].weight;
    double y = by_weight_g->links[*(const size_t *)b].weight;
    return (x < y) - (x > y);
}

/* Each undrawn entity of `other` (node -> its object, or NULL) gets "links":
 * its strongest links to drawn entities (at most 8), for the page to draw
 * it beside them when the search brings it into view. */
static int other_links(const erg_graph_t *g, const erg_plan_t *p, cJSON **other,
                       const erg_map_t *dates)
{
    size_t *order = malloc((g->nlinks + 1) * sizeof *order);
    if (!order)
        return ERG_ENOMEM;
    for (size_t k = 0; k < g->nlinks; k++)
        order[k] = k;
    by_weight_g = g;
    if (g->nlinks)
        qsort(order, g->nlinks, sizeof *order, cmp_weight);
    for (size_t k = 0; k < g->nlinks; k++) {
        const erg_link_t *l = &g->links[order[k]];
        int sd = p->slot[l->source] >= 0, td = p->slot[l->target] >= 0;
        cJSON *o = sd == td ? NULL : other[sd ? l->target : l->source];
        cJSON *ls = o ? cJSON_GetObjectItemCaseSensitive(o, "links") : NULL;
        if (ls && cJSON_GetArraySize(ls) < 8)
            cJSON_AddItemToArray(ls, link_json(g, order[k], dates));
    }
    free(order);
    return 0;
}

static cJSON *page_data(const erg_graph_t *g, const erg_measures_t *m, const erg_plan_t *p)
{
    cJSON *root = cJSON_CreateObject();
    erg_map_t dates;
    erg__map_init(&dates);
    if (page_dates(g, root, &dates)) {
        erg__map_release(&dates);
        cJSON_Delete(root);
        return NULL;
    }
    cJSON_AddStringToObject(root, "title", p->title);
    cJSON_AddStringToObject(root, "caption", p->caption);
    cJSON_AddStringToObject(root, "shown", p->shown_text);
    const double *community = erg_measures_get(m, "community");
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
        cJSON_AddNumberToObject(o, "degree", m->degree[i]);
        if (community)
            cJSON_AddNumberToObject(o, "community", community[i]);
        cJSON *aliases = nd->naliases ? cJSON_CreateStringArray((const char *const *)nd->aliases,
                                                                 (int)nd->naliases)
                                      : cJSON_CreateArray();
        cJSON_AddItemToObject(o, "aliases", aliases);
        cJSON_AddItemToArray(nodes, o);
    }
    /* the entities not drawn, for the search (a cap keeps a huge page sane) */
    cJSON *others = cJSON_AddArrayToObject(root, "others");
    cJSON **other = calloc(g->nnodes + 1, sizeof *other);
    for (size_t i = 0, k = 0; other && i < g->nnodes && k < 20000; i++) {
        const erg_node_t *nd = &g->nodes[i];
        if (p->slot[i] >= 0)
            continue;
        cJSON *o = other[i] = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "i", (double)i);
        cJSON_AddArrayToObject(o, "links");
        cJSON_AddNumberToObject(o, "pagerank", m->pagerank[i]);
        cJSON_AddNumberToObject(o, "degree", m->degree[i]);
        if (community)
            cJSON_AddNumberToObject(o, "community", community[i]);
        cJSON_AddStringToObject(o, "name", nd->id);
        cJSON_AddStringToObject(o, "type", erg_type_name(nd->type));
        cJSON_AddNumberToObject(o, "mentions", (double)nd->mentions);
        cJSON_AddNumberToObject(o, "documents", (double)nd->documents);
        cJSON_AddItemToObject(o, "aliases",
                              nd->naliases ? cJSON_CreateStringArray((const char *const *)nd->aliases,
                                                                     (int)nd->naliases)
                                           : cJSON_CreateArray());
        cJSON_AddItemToArray(others, o);
        k++;
    }
    cJSON *links = cJSON_AddArrayToObject(root, "links");
    for (size_t k = 0; k < p->nlinks; k++)
        cJSON_AddItemToArray(links, link_json(g, p->links[k], &dates));
    int rc = other ? other_links(g, p, other, &dates) : ERG_ENOMEM;
    free(other);
    erg__map_release(&dates);
    if (rc) {
        cJSON_Delete(root);
        return NULL;
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
