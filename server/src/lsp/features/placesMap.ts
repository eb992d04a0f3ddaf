// The places map: the places of a dump (or of a scope) the gazetteer can locate, for the map
// webview to draw, and the same as GeoJSON for QGIS or a web map.

import { type DumpAnalysis, type ExportedFile, type Gazetteer, placesGeoJSON, placesOf } from "../../analysis/index.js";
import type { PlacesData, ScopedViewParams } from "../../protocol.js";
import { scopedMentions } from "./viewScope.js";

export function placesMapData(analysis: DumpAnalysis, params: ScopedViewParams, gazetteer: Gazetteer | undefined): PlacesData {
  const { located, unlocated } = placesOf(scopedMentions(analysis, params), gazetteer);
  return {
    places: located.map((p) => ({
      name: p.name,
      names: [...p.names],
      kind: p.kind,
      country: p.country,
      description: p.description,
      latitude: p.latitude,
      longitude: p.longitude,
      count: p.count,
      articles: p.articles.length,
      first: { uri: params.uri, range: p.mentions[0]!.range },
    })),
    unlocated: [...unlocated],
  };
}

/** The whole dump's places as GeoJSON (the one format for places). */
export function placesFiles(analysis: DumpAnalysis, uri: string, gazetteer: Gazetteer | undefined): ExportedFile[] {
  return placesGeoJSON(placesOf(analysis.entities, gazetteer), analysis.articles, decodeURIComponent(uri.slice(uri.lastIndexOf("/") + 1)));
}
