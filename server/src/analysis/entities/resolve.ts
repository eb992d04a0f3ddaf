// Whole-dump entity pass (cheap): one type per surface string, mentions the model missed for surface
// strings it tagged elsewhere in the dump, and canonical names (the fullest name the dump uses). Pure.

import type { EntityKind, EntitySpan } from "./index.js";
import { isMonthOrDay } from "./rules.js";
import { tokenize } from "./tokenize.js";

type Resolved = EntitySpan & { canonical: string };

/** Normal forms of surface strings, remembered for one resolveEntities call (surfaces repeat a lot). */
let normalForms = new Map<string, string>();
function norm(s: string): string {
  let n = normalForms.get(s);
  if (n === undefined) normalForms.set(s, (n = s.replace(/[’ʼ‘]/g, "'").replace(/[‐‑–—]/g, "-").replace(/\s+/g, " ").trim()));
  return n;
}
function key(s: string): string {
  return norm(s).toLowerCase();
}
const KINDS: EntityKind[] = ["person", "organization", "location"];
const BOILER_LINE = /^\s*(?:short\s+url|follow(?:\s+us)?|updated\b.*)\s*$/i;
const STOP_SURFACES = new Set(["the", "a", "an", "i", "he", "she", "it", "we", "they", "you", "said", "mr", "ms", "mrs",
  "de", "al", "el", "abu", "bin", "new", "north", "south", "east", "west", "general", "national", "united"]);

/** Name tokens without particles and possessive marks, for matching short and full person names. */
function nameTokens(s: string): string[] {
  return norm(s).split(" ").map((t) => t.toLowerCase().replace(/^(al|el|ad|as|ash|an|ar|az)-/, "")).filter((t) => t.length > 0);
}

export function resolveEntities(articles: { text: string; spans: EntitySpan[] }[]): Resolved[][] {
  normalForms = new Map();
  try {
    return resolve(articles);
  } finally {
    normalForms = new Map();
  }
}

function resolve(articles: { text: string; spans: EntitySpan[] }[]): Resolved[][] {
  // 1. one type per surface (majority; ties keep each mention's own type)
  const votes = new Map<string, number[]>();
  for (const a of articles) for (const s of a.spans) {
    const k = key(s.text);
    let v = votes.get(k);
    if (!v) votes.set(k, (v = [0, 0, 0]));
    v[KINDS.indexOf(s.type)]++;
    // the last name of a full person name votes for the short form ("Yahya Sinwar" -> "Sinwar")
    if (s.type === "person") {
      const parts = norm(s.text).split(" ");
      if (parts.length > 1) {
        const lk = parts[parts.length - 1].toLowerCase();
        let lv = votes.get(lk);
        if (!lv) votes.set(lk, (lv = [0, 0, 0]));
        lv[0] += 1.5;
      }
    }
  }
  // a single word that is the last name of a full person name in the dump, and never part of a longer
  // organisation or location name, is that person ("Sinwar" after "Yahya Sinwar")
  const lastNames = new Set<string>();
  const inOtherNames = new Set<string>();
  for (const a of articles) for (const s of a.spans) {
    const parts = key(s.text).split(" ");
    if (parts.length < 2) continue;
    if (s.type === "person") lastNames.add(parts[parts.length - 1]);
    else for (const p of parts) inOtherNames.add(p);
  }
  // the name of a facility without its head word takes the facility's type ("Kamal Adwan" after
  // "Kamal Adwan Hospital")
  const facility = new Map<string, EntityKind>();
  for (const a of articles) for (const s of a.spans) {
    const m = /^(.+\S)\s+(?:Hospital|Airport|Stadium|University|Bridge|Camp|Mosque|Church|Palace|Base|Crossing)$/.exec(norm(s.text));
    if (m) facility.set(m[1].toLowerCase(), s.type);
  }
  const typeOf = new Map<string, EntityKind | null>();
  for (const [k, v] of votes) {
    const f = facility.get(k);
    if (f) { typeOf.set(k, f); continue; }
    if (!k.includes(" ") && lastNames.has(k) && !inOtherNames.has(k)) { typeOf.set(k, "person"); continue; }
    const max = Math.max(...v);
    const winners = KINDS.filter((_, i) => v[i] === max);
    typeOf.set(k, winners.length === 1 ? winners[0] : null);
  }
  const out: Resolved[][] = articles.map((a) =>
    a.spans.map((s) => ({ ...s, type: typeOf.get(key(s.text)) ?? s.type, canonical: "" })));

  // 2. mentions the model missed, for surfaces tagged elsewhere in the dump (exact, case-sensitive)
  const surfaces = new Map<string, EntityKind>();
  for (const list of out) for (const s of list) {
    const t = s.text;
    if (t.length < 2 || /^\d/.test(t) || STOP_SURFACES.has(t.toLowerCase()) || isMonthOrDay(t)) continue;
    if (t.length === 2 && t !== t.toUpperCase()) continue;
    if (!surfaces.has(t)) surfaces.set(t, s.type);
  }
  if (surfaces.size > 0) {
    // surfaces as token sequences, indexed by their first token, longest first
    const byFirst = new Map<string, { text: string; n: number; type: EntityKind }[]>();
    for (const [text, type] of surfaces) {
      const toks = tokenize(text).tokens;
      if (toks.length === 0) continue;
      const l = byFirst.get(toks[0].text) ?? [];
      l.push({ text, n: toks.length, type });
      byFirst.set(toks[0].text, l);
    }
    for (const l of byFirst.values()) l.sort((x, y) => y.n - x.n);
    // a cheap test before the look-up: most tokens cannot start a known surface
    const startsSurface = new Uint8Array(0x10000);
    for (const first of byFirst.keys()) startsSurface[first.charCodeAt(0)] = 1;
    articles.forEach((a, ai) => {
      const list = out[ai];
      const text = a.text;
      const { tokens, lines } = tokenize(text);
      const boiler = new Uint8Array(tokens.length);
      for (const l of lines) {
        if (l.last > l.first && BOILER_LINE.test(text.slice(l.lineStart, l.lineEnd))) boiler.fill(1, l.first, l.last);
      }
      const added: Resolved[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (!startsSurface[text.charCodeAt(tokens[i].start)]) continue;
        const cands = byFirst.get(tokens[i].text);
        if (!cands || boiler[i]) continue;
        for (const c of cands) {
          if (i + c.n > tokens.length) continue;
          const start = tokens[i].start;
          const end = tokens[i + c.n - 1].end;
          if (end - start !== c.text.length || text.slice(start, end) !== c.text) continue;
          const before = start > 0 ? text.charCodeAt(start - 1) : 32;
          const after = end < text.length ? text.charCodeAt(end) : 32;
          if (before === 0x40 || before === 0x2f || before === 0x2e || after === 0x40 || after === 0x2f) continue;
          const overlapping = list.filter((s) => start < s.end && end > s.start);
          const overlapAdded = added.some((s) => start < s.end && end > s.start);
          if (overlapAdded) break;
          if (overlapping.length > 0) {
            // a longer name known from elsewhere in the dump that the model cut short here:
            // "Kataib Hezbollah" where the model tagged only "Hezbollah"
            const inside = overlapping.every((s) => s.start >= start && s.end <= end && s.end - s.start < end - start);
            if (!inside || c.n < 2) break;
            for (const s of overlapping) list.splice(list.indexOf(s), 1);
          }
          added.push({ start, end, type: c.type, text: c.text, canonical: "" });
          i += c.n - 1;
          break;
        }
      }
      if (added.length) {
        list.push(...added);
        list.sort((x, y) => x.start - y.start);
      }
    });
  }

  // 3. canonical names
  const all = out.flat();
  const freq = new Map<string, number>();
  for (const s of all) freq.set(norm(s.text), (freq.get(norm(s.text)) ?? 0) + 1);
  const better = (a: string, b: string) => {
    // prefer more tokens, then more frequent, then mixed case over all caps
    const ta = a.split(" ").length, tb = b.split(" ").length;
    if (ta !== tb) return ta > tb;
    const fa = freq.get(a) ?? 0, fb = freq.get(b) ?? 0;
    if (fa !== fb) return fa > fb;
    const ca = a === a.toUpperCase() ? 0 : 1, cb = b === b.toUpperCase() ? 0 : 1;
    return ca > cb;
  };
  // acronyms defined in parentheses: "Popular Mobilization Forces (PMF)"
  const acronym = new Map<string, string>();
  articles.forEach((a, ai) => {
    const list = out[ai];
    for (let i = 0; i + 1 < list.length; i++) {
      const x = list[i];
      const y = list[i + 1];
      const between = a.text.slice(x.end, y.start);
      if (!/^\s*\(\s*$/.test(between) || a.text.charAt(y.end) !== ")") continue;
      const acr = y.text.replace(/\./g, "");
      if (acr.length < 2 || acr !== acr.toUpperCase()) continue;
      const initials = norm(x.text).split(" ").filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
      if (initials.length >= 2 && (initials.startsWith(acr.slice(0, 2)) || acr.startsWith(initials.slice(0, 2)))) {
        acronym.set(acr, norm(x.text));
      }
    }
  });
  const canon = new Map<string, string>();
  const byType = new Map<EntityKind, Set<string>>();
  for (const s of all) {
    const names = byType.get(s.type) ?? new Set<string>();
    names.add(norm(s.text));
    byType.set(s.type, names);
  }
  for (const [type, names] of byType) {
    // case variants (BAGHDAD, Baghdad) side by side; person names by their last name token
    const byLower = new Map<string, string[]>();
    const byLastToken = new Map<string, { name: string; tokens: string[] }[]>();
    for (const n of names) {
      const lower = n.toLowerCase();
      byLower.set(lower, [...(byLower.get(lower) ?? []), n]);
      if (type !== "person") continue;
      const tokens = nameTokens(n);
      const last = tokens[tokens.length - 1] ?? "";
      byLastToken.set(last, [...(byLastToken.get(last) ?? []), { name: n, tokens }]);
    }
    for (const n of names) {
      let best = n;
      const acr = acronym.get(n.replace(/\./g, ""));
      if (acr && type !== "person") best = acr;
      // case variants: BAGHDAD -> Baghdad
      for (const m of byLower.get(best.toLowerCase()) ?? []) if (m !== best && better(m, best)) best = m;
      if (type === "person") {
        const nt = nameTokens(n);
        for (const { name: m, tokens: mt } of byLastToken.get(nt[nt.length - 1] ?? "") ?? []) {
          if (m === n || mt.length <= nt.length) continue;
          // suffix match ("Qaani" -> "Esmail Qaani"), or a given name alone that starts a full name
          const suffix = nt.every((t, i) => mt[mt.length - nt.length + i] === t);
          if (suffix && better(m, best)) best = m;
        }
      }
      canon.set(`${type}\u0000${n}`, best);
    }
  }
  for (const list of out) for (const s of list) s.canonical = canon.get(`${s.type}\u0000${norm(s.text)}`) ?? norm(s.text);
  return out;
}
