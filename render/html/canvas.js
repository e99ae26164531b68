// The drawing: a <canvas> with pan (drag) and zoom (wheel); nodes by type
// colour, labels of the most central visible entities by zoom level.

const KG_MAX_LABELS = 300;
const KG_LABEL_FONT = '12px system-ui, Helvetica, Arial, sans-serif';

class KgCanvas {
  constructor(canvas, model, onPick) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.model = model;
    this.onPick = onPick;  // (kind 'entity'|'relation'|null, index)
    this.scale = 1;
    this.tx = 0;
    this.ty = 0;
    this.selection = null;  // {kind, index}
    this.pending = false;
    this.firstDrawMs = null;  // performance.now() at the end of the first drawing
    this.lastDrawMs = null;   // how long the last drawing took
    this.listen();
    this.resize();
  }

  resize() {
    const ratio = window.devicePixelRatio || 1;
    const rect = this.canvas.getBoundingClientRect();
    this.width = rect.width;
    this.height = rect.height;
    this.canvas.width = Math.max(1, Math.round(rect.width * ratio));
    this.canvas.height = Math.max(1, Math.round(rect.height * ratio));
    this.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.redraw();
  }

  // Scales and moves the drawing so that every shown entity fits.
  fit() {
    let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
    for (const e of this.model.entities) {
      if (!this.model.shown[e.index]) continue;
      const p = this.model.position(e.index);
      const r = this.model.radius(e.index);
      minX = Math.min(minX, p.x - r); maxX = Math.max(maxX, p.x + r);
      minY = Math.min(minY, p.y - r); maxY = Math.max(maxY, p.y + r);
    }
    if (minX === Infinity) { minX = -100; maxX = 100; minY = -100; maxY = 100; }
    const margin = 20;
    this.scale = Math.min((this.width - 2 * margin) / Math.max(1, maxX - minX),
      (this.height - 2 * margin) / Math.max(1, maxY - minY), 2);
    this.tx = this.width / 2 - this.scale * (minX + maxX) / 2;
    this.ty = this.height / 2 - this.scale * (minY + maxY) / 2;
    this.redraw();
  }

  // Centres the view on an entity without changing the zoom.
  centreOn(index) {
    const p = this.model.position(index);
    if (!p) return;
    this.tx = this.width / 2 - this.scale * p.x;
    this.ty = this.height / 2 - this.scale * p.y;
    this.redraw();
  }

  toScreen(p) { return { x: p.x * this.scale + this.tx, y: p.y * this.scale + this.ty }; }

  screenRadius(index) { return Math.max(2.5, this.model.radius(index) * this.scale); }

  redraw() {
    if (this.pending) return;
    this.pending = true;
    window.requestAnimationFrame(() => { this.pending = false; this.draw(); });
  }

  draw() {
    const start = performance.now();
    const ctx = this.ctx;
    const model = this.model;
    ctx.clearRect(0, 0, this.width, this.height);
    const selected = this.selectedSets();
    this.drawRelations(selected);
    const byType = model.types.map(() => []);
    for (const e of model.entities) {
      if (model.shown[e.index]) byType[e.type].push(e);
    }
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#555';
    for (const group of byType) {
      for (const e of group) {
        const p = this.toScreen(model.position(e.index));
        const r = this.screenRadius(e.index);
        if (p.x < -r || p.y < -r || p.x > this.width + r || p.y > this.height + r) continue;
        ctx.beginPath();
        ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
        ctx.fillStyle = model.colour(e);
        ctx.fill();
        if (r > 4) ctx.stroke();
      }
    }
    if (selected.entity !== null) {
      const p = this.toScreen(model.position(selected.entity));
      ctx.beginPath();
      ctx.arc(p.x, p.y, this.screenRadius(selected.entity) + 3, 0, 2 * Math.PI);
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#d62728';
      ctx.stroke();
    }
    this.drawLabels(selected);
    const end = performance.now();
    this.lastDrawMs = end - start;
    if (this.firstDrawMs === null) this.firstDrawMs = end;
  }

  // The selected entity and its neighbours, or the selected relation's ends.
  selectedSets() {
    const model = this.model;
    const out = { entity: null, relation: null, near: new Set() };
    if (!this.selection) return out;
    if (this.selection.kind === 'entity' && model.shown[this.selection.index]) {
      out.entity = this.selection.index;
      out.near.add(out.entity);
      for (const ri of model.entities[out.entity].relations) {
        const r = model.relations[ri];
        out.near.add(r.source);
        out.near.add(r.target);
      }
    } else if (this.selection.kind === 'relation') {
      const r = model.relations[this.selection.index];
      out.relation = r.index;
      out.near.add(r.source);
      out.near.add(r.target);
    }
    return out;
  }

  drawRelations(selected) {
    const ctx = this.ctx;
    const model = this.model;
    const strong = [];
    ctx.beginPath();
    for (const r of model.shownRelations) {
      if (r.index === selected.relation || r.source === selected.entity || r.target === selected.entity) {
        strong.push(r);
        continue;
      }
      const a = this.toScreen(model.position(r.source));
      const b = this.toScreen(model.position(r.target));
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(90, 90, 90, 0.35)';
    ctx.stroke();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#1f5fa8';
    ctx.fillStyle = '#1f5fa8';
    ctx.font = KG_LABEL_FONT;
    const labels = new Map();  // one label per pair of entities, the relations' labels joined
    for (const r of strong) {
      const a = this.toScreen(model.position(r.source));
      const b = this.toScreen(model.position(r.target));
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
      const key = Math.min(r.source, r.target) + ' ' + Math.max(r.source, r.target);
      const label = labels.get(key);
      if (label) label.text.push(r.label);
      else labels.set(key, { text: [r.label], x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    }
    if (labels.size > 60) return;
    ctx.textBaseline = 'bottom';
    for (const { text, x, y } of labels.values()) {
      const line = text.join(', ');
      const w = ctx.measureText(line).width;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.fillRect(x + 2, y - 16, w + 2, 14);
      ctx.fillStyle = '#1f5fa8';
      ctx.fillText(line, x + 3, y - 2);
    }
  }

  // Labels in rank order while they fit: the selection's first, then the most
  // central entities whose node is big enough on screen, none overlapping.
  drawLabels(selected) {
    const ctx = this.ctx;
    const model = this.model;
    const rank = model.ranks[model.measure];
    const candidates = [];
    for (const e of model.entities) {
      if (!model.shown[e.index]) continue;
      const p = this.toScreen(model.position(e.index));
      if (p.x < 0 || p.y < 0 || p.x > this.width || p.y > this.height) continue;
      const forced = selected.near.has(e.index);
      if (forced || this.screenRadius(e.index) >= 3.5 || rank[e.index] < 50) {
        candidates.push([forced ? -1 : rank[e.index], e.index, p]);
      }
    }
    candidates.sort((a, b) => a[0] - b[0]);
    ctx.font = KG_LABEL_FONT;
    ctx.textBaseline = 'middle';
    const taken = [];
    let drawn = 0;
    for (const [key, index, p] of candidates) {
      if (drawn >= KG_MAX_LABELS) break;
      const text = model.entities[index].name;
      const w = ctx.measureText(text).width;
      const box = { x: p.x + this.screenRadius(index) + 2, y: p.y - 8, w: w, h: 16 };
      if (key >= 0 && taken.some((t) => box.x < t.x + t.w && t.x < box.x + box.w && box.y < t.y + t.h && t.y < box.y + box.h)) continue;
      taken.push(box);
      ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
      ctx.fillRect(box.x - 1, box.y, w + 2, box.h);
      ctx.fillStyle = '#111';
      ctx.fillText(text, box.x, p.y);
      drawn += 1;
    }
  }

  // The entity under a point of the canvas, else the nearest relation within
  // 5 pixels, else null.
  pick(x, y) {
    const model = this.model;
    let best = null;
    let bestDistance = Infinity;
    for (const e of model.entities) {
      if (!model.shown[e.index]) continue;
      const p = this.toScreen(model.position(e.index));
      const d = Math.hypot(p.x - x, p.y - y);
      if (d <= this.screenRadius(e.index) + 2 && d < bestDistance) {
        best = { kind: 'entity', index: e.index };
        bestDistance = d;
      }
    }
    if (best) return best;
    bestDistance = 5;
    for (const r of model.shownRelations) {
      const a = this.toScreen(model.position(r.source));
      const b = this.toScreen(model.position(r.target));
      const d = kgSegmentDistance(x, y, a, b);
      if (d <= bestDistance) {
        best = { kind: 'relation', index: r.index };
        bestDistance = d;
      }
    }
    return best;
  }

  listen() {
    const canvas = this.canvas;
    let drag = null;
    canvas.addEventListener('pointerdown', (event) => {
      drag = { x: event.clientX, y: event.clientY, tx: this.tx, ty: this.ty, moved: false };
      canvas.setPointerCapture(event.pointerId);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
      if (!drag.moved) return;
      canvas.classList.add('dragging');
      this.tx = drag.tx + dx;
      this.ty = drag.ty + dy;
      this.redraw();
    });
    canvas.addEventListener('pointerup', (event) => {
      canvas.classList.remove('dragging');
      const wasClick = drag && !drag.moved;
      drag = null;
      if (!wasClick) return;
      const rect = canvas.getBoundingClientRect();
      const hit = this.pick(event.clientX - rect.left, event.clientY - rect.top);
      this.onPick(hit ? hit.kind : null, hit ? hit.index : -1);
    });
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      const rect = canvas.getBoundingClientRect();
      const x = event.clientX - rect.left;
      const y = event.clientY - rect.top;
      const factor = Math.exp(-event.deltaY * 0.0015);
      const scale = Math.min(50, Math.max(1e-4, this.scale * factor));
      this.tx = x - ((x - this.tx) * scale) / this.scale;
      this.ty = y - ((y - this.ty) * scale) / this.scale;
      this.scale = scale;
      this.redraw();
    }, { passive: false });
    window.addEventListener('resize', () => this.resize());
  }
}

function kgSegmentDistance(x, y, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length > 0 ? Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length)) : 0;
  return Math.hypot(a.x + t * dx - x, a.y + t * dy - y);
}
