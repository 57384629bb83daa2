// Package proj holds atlas's map projection so that the data generator and
// the renderer cannot drift apart: the outlines are projected once at
// generation time, marks at render time, and both must land on one grid.
package proj

// The map is an equirectangular (plate carrée) projection cropped to the
// latitudes people live at: Antarctica is dropped and the empty polar strips
// are cut so that the map spends its height on land.
const (
	// Width is the viewBox width; it spans longitudes -180..180.
	Width = 1000.0
	// North and South are the latitudes of the top and bottom map edges.
	North = 84.0
	South = -60.0
	// Height is the viewBox height; one degree is as tall as it is wide.
	Height = (North - South) / 360 * Width
)

// Project maps a latitude and longitude in degrees to viewBox coordinates.
// It does not clamp: points beyond the crop land outside the viewBox.
func Project(lat, lon float64) (x, y float64) {
	return (lon + 180) / 360 * Width, (North - lat) / 360 * Width
}
