// Package web holds the templates and static assets of the web UI, compiled
// into the binary so that `chronicle serve` needs no files beside it and no
// CDN: the pages work offline and cannot change under a running server.
package web

import "embed"

// FS holds templates/*.html (html/template sources: one base layout, shared
// partials and one file per page) and static/* (CSS and images served under
// /static/ with a content hash in the URL).
//
//go:embed templates static
var FS embed.FS
