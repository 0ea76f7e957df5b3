/**
 * The outline of the 15 counties as SVG paths, computed once at build time from Kartverket's
 * county borders (src/data/fylker-2024.topo.json, see src/data/README.md). Nothing here runs in
 * the browser: the page gets finished path strings and label positions.
 */
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import topology from '../data/fylker-2024.topo.json' with { type: 'json' };
import { counties } from './municipalities.ts';

/** One county on the map. */
export interface CountyShape {
  /** The county's name in SSB's list. */
  county: string;
  /** The outline as SVG path data, in whole map units. */
  d: string;
  /** Where the count is written. */
  label: { x: number; y: number };
  /** For counties too small to hold their count: the point the leader line to the label starts from. */
  anchor?: { x: number; y: number };
}

export interface CountyMap {
  width: number;
  height: number;
  shapes: CountyShape[];
}

/** Map units across; the SVG scales to its box, so this only sets the precision of the paths. */
const width = 400;
/** Share of the border points kept: enough to recognise fjords and coast at phone size. */
const keptPoints = 0.05;
/** Islands smaller than this (square map units) are left out; they are a few pixels at most. */
const smallestIsland = 4;
/** Counties smaller than this get their count beside the map with a leader line. */
const smallestLabelled = 700;
/** The column east of the map (in Sweden) where the counts of the small counties go. */
const calloutX = 172;
const calloutGap = 26;

type CountyFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const round = (n: number) => Math.round(n);

function compute(): CountyMap {
  const topo = topology as unknown as Topology<{ Fylker: GeometryCollection<{ name: string }> }>;
  const pre = presimplify(topo);
  const simple = simplify(pre, quantile(pre, keptPoints)) as typeof topo;
  const features = feature(simple, simple.objects.Fylker).features as CountyFeature[];

  // UTM zone 33's central meridian (15° E), the projection Norwegian national maps use. The
  // points are projected first and the paths drawn in the plane, so the ring order of the source
  // (which d3's spherical geometry would read as «everything but the county») does not matter.
  const projection = geoTransverseMercator().rotate([-15, 0]);
  projection.fitWidth(width, { type: 'MultiPoint', coordinates: features.flatMap((f) => polygonsOf(f.geometry).flat(2)) });
  const project = (p: Position): Position => projection(p as [number, number]) ?? [0, 0];
  const plane = geoPath().digits(0);
  const area = (polygon: Position[][]) => Math.abs(plane.area({ type: 'Polygon', coordinates: polygon }));

  const shapes: CountyShape[] = [];
  const small: { shape: CountyShape; y: number }[] = [];
  let height = 0;
  for (const f of features) {
    const polygons = polygonsOf(f.geometry).map((polygon) => polygon.map((ring) => ring.map(project)));
    const kept = polygons.filter((p) => area(p) > smallestIsland);
    const largest = kept.reduce((a, b) => (area(b) > area(a) ? b : a));
    const [x, y] = plane.centroid({ type: 'Polygon', coordinates: largest }).map(round) as [number, number];
    const shape: CountyShape = { county: f.properties.name, d: plane({ type: 'MultiPolygon', coordinates: kept }) ?? '', label: { x, y } };
    if (area(largest) < smallestLabelled) small.push({ shape, y });
    height = Math.max(height, plane.bounds({ type: 'MultiPolygon', coordinates: kept })[1][1]);
    shapes.push(shape);
  }
  // The small counties all lie around the Oslofjord: their counts stack in one column to the east,
  // in the same north–south order as the counties, centred on their mean latitude.
  small.sort((a, b) => a.y - b.y);
  const top = small.reduce((sum, s) => sum + s.y, 0) / small.length - ((small.length - 1) * calloutGap) / 2;
  small.forEach(({ shape }, i) => {
    shape.anchor = shape.label;
    shape.label = { x: calloutX, y: round(top + i * calloutGap) };
  });

  const missing = counties.filter((c) => !shapes.some((s) => s.county === c));
  if (missing.length > 0) {
    throw new Error(`Kartet over fylkene mangler ${missing.join(', ')}. src/data/fylker-2024.topo.json må ha de samme fylkesnavnene som SSBs liste i src/data/kommuner-2026.json.`);
  }
  return { width, height: round(height + 4), shapes: shapes.sort((a, b) => a.county.localeCompare(b.county, 'nb')) };
}

let cache: CountyMap | undefined;
/** The county map, computed on first use and kept for the rest of the build. */
export const countyMap = (): CountyMap => (cache ??= compute());
