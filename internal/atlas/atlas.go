package atlas

import "github.com/chronicle-news/chronicle/internal/atlas/internal/proj"

// The viewBox of every rendered map. Callers placing their own overlays on
// the map (or sizing its container) use these with Project.
const (
	ViewWidth  = proj.Width  // 1000 units for longitudes -180..180
	ViewHeight = proj.Height // 400 units for latitudes 84..-60
)

// Mark is one place to draw: a point (Lat/Lon valid when HasPoint) or,
// without a point, the country ISO3 is shaded.
type Mark struct {
	Lat, Lon float64
	HasPoint bool
	ISO3     string // ISO 3166-1 alpha-3 of the country, may be "" for seas
	Label    string // shown in the <title> tooltip and as the accessible name
	Count    int    // events here; radius grows with sqrt(Count)
	Href     string // link target (already a safe relative URL from the UI; still attribute-escape it)
}

// Options tune one rendering.
type Options struct {
	Title string // the <title> of the SVG, for screen readers
	Width int    // rendered width attribute in px; 0 = 100% (responsive, viewBox keeps aspect)
}

// Project maps a latitude and longitude in degrees into the
// ViewWidth×ViewHeight viewBox (equirectangular). It does not clamp, so
// points south of 60°S or north of 84°N fall outside the box.
func Project(lat, lon float64) (x, y float64) { return proj.Project(lat, lon) }
