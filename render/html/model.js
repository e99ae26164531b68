'use strict';
// kg's interactive page: the graph it holds (read from the JSON data block),
// search, filters and the focus view. Drawing is in canvas.js, the side
// panel in panel.js, the wiring in main.js. Text from the graph is only ever
// put in the page through textContent.

// Letters that Unicode does not decompose into a base letter and a mark.
const kgFoldExtra = { 'đ': 'd', 'ð': 'd', 'ø': 'o', 'ł': 'l', 'ı': 'i', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th' };

// Lower case without diacritics: NFD, combining marks removed.
function kgFold(text) {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[đðøłıæœßþ]/g, (c) => kgFoldExtra[c]);
}

const KG_MEASURES = ['degree', 'PageRank', 'betweenness'];
const KG_FOCUS_MAX = 3000;  // entities in a focus view at most

class KgModel {
  constructor(data) {
    this.data = data;
    this.types = data.types;
    this.colors = data.colors;
    this.documents = data.documents;
    this.entities = data.entities.map((e, i) => ({
      index: i, id: e.id, name: e.n, type: e.t, aliases: e.a, docs: e.d, mentions: e.m,
      scores: e.c, drawn: e.x !== undefined, x: e.x, y: e.y === undefined ? undefined : -e.y,
      keys: [kgFold(e.n)].concat(e.a.map(kgFold)), relations: [], community: e.k,
    }));
    this.relations = data.relations.map((r, i) => ({
      index: i, source: r.s, target: r.o, predicate: r.p, label: r.l, symmetric: r.y === 1,
      qualifiers: r.q, confidence: r.c, evidence: r.e,
    }));
    for (const r of this.relations) {
      this.entities[r.source].relations.push(r.index);
      if (r.target !== r.source) this.entities[r.target].relations.push(r.index);
    }
    // ranks[m][i]: 0 for the entity with the highest score of measure m.
    this.ranks = [0, 1, 2].map((m) => {
      const order = this.entities.map((e) => e.index);
      order.sort((a, b) => (this.entities[b].scores[m] - this.entities[a].scores[m]) ||
        (this.entities[a].name < this.entities[b].name ? -1 : 1));
      const rank = new Int32Array(order.length);
      order.forEach((entity, k) => { rank[entity] = k; });
      return rank;
    });
    this.maxScore = [0, 1, 2].map((m) => this.entities.reduce((a, e) => Math.max(a, e.scores[m]), 0));
    this.drawnCount = this.entities.reduce((a, e) => a + (e.drawn ? 1 : 0), 0);
    this.measure = 1;
    // Communities (when the data has them): colour per community number,
    // and each one's size and most central member, which name it.
    this.communities = data.communities || null;
    if (this.communities) this.describeCommunities();
    this.colourBy = this.communities && data.colorBy === 'community' ? 'community' : 'type';
    this.hiddenTypes = new Set();
    this.hiddenLabels = new Set();
    this.minConfidence = 0;
    this.rankShare = 1;
    this.focus = null;  // {center, hops, members: Map index -> distance, positions: Map}
    this.update();
  }

  describeCommunities() {
    const c = this.communities;
    c.size = new Array(c.count).fill(0);
    c.leader = new Array(c.count).fill(-1);
    const rank = this.ranks[1];
    for (const e of this.entities) {
      if (e.community === undefined || e.community < 0 || e.community >= c.count) continue;
      c.size[e.community] += 1;
      const best = c.leader[e.community];
      if (best < 0 || rank[e.index] < rank[best]) c.leader[e.community] = e.index;
    }
  }

  // "Anwar Ibrahim (12)": the community's most central member and its size.
  communityName(k) {
    const c = this.communities;
    if (!c || k === undefined || k < 0 || k >= c.count || c.leader[k] < 0) return 'none';
    return this.entities[c.leader[k]].name + ' (' + c.size[k] + ')';
  }

  colour(e) {
    if (this.colourBy !== 'community') return this.colors[e.type];
    const palette = this.communities.colors;
    return e.community >= 0 && e.community < palette.length ? palette[e.community] : this.communities.other;
  }

  // Number of relations per label, most frequent first.
  labelCounts() {
    const counts = new Map();
    for (const r of this.relations) counts.set(r.label, (counts.get(r.label) || 0) + 1);
    return Array.from(counts.entries()).sort((a, b) => (b[1] - a[1]) || (a[0] < b[0] ? -1 : 1));
  }

  typeCounts() {
    const counts = new Array(this.types.length).fill(0);
    for (const e of this.entities) counts[e.type] += 1;
    return counts;
  }

  // Recomputes what is shown: `shown` (per entity) and `shownRelations`.
  update() {
    const n = this.entities.length;
    const limit = Math.ceil(this.rankShare * n);
    const rank = this.ranks[this.measure];
    this.shown = new Uint8Array(n);
    for (const e of this.entities) {
      const held = this.focus ? this.focus.members.has(e.index) : e.drawn;
      if (!held || this.hiddenTypes.has(e.type)) continue;
      const central = rank[e.index] < limit || (this.focus && this.focus.center === e.index);
      if (central) this.shown[e.index] = 1;
    }
    this.shownRelations = this.relations.filter((r) => this.shown[r.source] && this.shown[r.target] &&
      !this.hiddenLabels.has(r.label) && r.confidence >= this.minConfidence);
  }

  position(index) {
    if (this.focus && this.focus.positions) return this.focus.positions.get(index);
    const e = this.entities[index];
    return e.drawn ? { x: e.x, y: e.y } : undefined;
  }

  radius(index) {
    const max = this.maxScore[this.measure];
    const share = max > 0 ? this.entities[index].scores[this.measure] / max : 0;
    return 9 + 15 * Math.sqrt(Math.max(0, share));
  }

  // Up to `count` entities whose name or an alias contains `query` (folded);
  // whole names first, then names starting with it, then the rest, each by rank.
  search(query, count) {
    const q = kgFold(query.trim());
    if (!q) return [];
    const rank = this.ranks[this.measure];
    const found = [];
    for (const e of this.entities) {
      let best = 4;
      for (const key of e.keys) {
        if (key === q) best = Math.min(best, 0);
        else if (key.startsWith(q)) best = Math.min(best, 1);
        else if (key.includes(' ' + q)) best = Math.min(best, 2);
        else if (key.includes(q)) best = Math.min(best, 3);
      }
      if (best < 4) found.push([best, rank[e.index], e.index]);
    }
    found.sort((a, b) => (a[0] - b[0]) || (a[1] - b[1]));
    return found.slice(0, count).map((f) => f[2]);
  }

  // The entities within `hops` relations of `center` (every relation, in both
  // directions), breadth first, at most KG_FOCUS_MAX of them.
  setFocus(center, hops) {
    const members = new Map([[center, 0]]);
    let frontier = [center];
    for (let d = 1; d <= hops && frontier.length && members.size < KG_FOCUS_MAX; ++d) {
      const next = [];
      for (const v of frontier) {
        for (const ri of this.entities[v].relations) {
          const r = this.relations[ri];
          const w = r.source === v ? r.target : r.source;
          if (!members.has(w) && members.size < KG_FOCUS_MAX) {
            members.set(w, d);
            next.push(w);
          }
        }
      }
      frontier = next;
    }
    const allDrawn = Array.from(members.keys()).every((i) => this.entities[i].drawn);
    this.focus = { center, hops, members, positions: allDrawn ? null : this.rings(members, hops) };
    this.update();
  }

  clearFocus() {
    this.focus = null;
    this.update();
  }

  // Positions for a focus view that holds entities Graphviz did not place:
  // the center in the middle, each distance on its own ring.
  rings(members, hops) {
    const byDistance = Array.from({ length: hops + 1 }, () => []);
    for (const [index, d] of members) byDistance[d].push(index);
    const positions = new Map();
    let radius = 0;
    byDistance.forEach((ring, d) => {
      if (d > 0) radius += Math.max(250, (ring.length * 160) / (2 * Math.PI) - radius);
      ring.forEach((index, k) => {
        const angle = (2 * Math.PI * k) / ring.length;
        positions.set(index, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
    });
    return positions;
  }
}
