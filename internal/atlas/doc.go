// Package atlas draws an offline world map of event locations as one inline
// SVG element, so Chronicle's web UI can show where things happen without a
// tile server, JavaScript or any request leaving the machine.
//
// Country outlines ship inside the binary (countries.tsv, 72 KB,
// embedded with go:embed). They were projected once, by the generator in
// internal/gen, from Natural Earth's 1:110m admin-0 countries as packaged
// by the world-atlas npm module. Natural Earth is in the public domain;
// world-atlas is © Michael Bostock under the ISC licence (see NOTICE).
//
// The projection is equirectangular, 1000 units wide, cropped to latitudes
// 84°N..60°S (so 400 units tall): Antarctica is not drawn, and points
// beyond the crop are pinned to the map edge. Countries are keyed by ISO
// 3166-1 alpha-3. Kosovo, which has no ISO code, uses XKX as Chronicle's KB
// does; Northern Cyprus and Somaliland are drawn as part of Cyprus and
// Somalia. Sovereign states that Natural Earth omits at 1:110m (Malta,
// Singapore, Bahrain, the European city states and most Caribbean and
// Pacific island states) have no outline; a hand-written table (points.tsv)
// places them at their capital, so a country-level mark for them is drawn
// as a circle there. Countries too small to see when shaded (Luxembourg,
// Palestine, Lebanon, Qatar and the like) get a circle as well.
//
// To regenerate the data (from this directory):
//
//	cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
//	go generate ./internal/atlas
package atlas

//go:generate go run ./internal/gen -in /tmp/package/countries-110m.json -out countries.tsv
