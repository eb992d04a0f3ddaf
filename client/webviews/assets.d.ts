// The world map's data: Natural Earth's 1:50m country shapes as TopoJSON (the world-atlas
// package), bundled into the webview's script by esbuild.
declare module "world-atlas/countries-50m.json" {
  import type { Topology } from "topojson-specification";

  const topology: Topology;
  export default topology;
}
