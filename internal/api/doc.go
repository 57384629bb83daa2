// Package api serves the merged record as JSON over HTTP: articles, search,
// events and timelines with every filter the CLI has, actors, the network,
// positions, stories, and ingest of documents, URLs and batches.
//
// The handler only answers paths under /api/ and speaks JSON even when it
// refuses: every error is {"error":{"status":N,"message":"…"}} with the
// status that fits, and unknown query parameters are refused by name, so
// a typo never silently widens a query. Lists are paged (limit, offset)
// and carry a "next" link; the timeline keeps the exact contract of
// DESIGN.md and puts its next page in a Link header. Article text reaches
// clients only through encoding/json, which escapes <, > and &.
//
// Writes need the token of Options.Token. Listening address, CORS,
// request timeouts and security headers belong to package server, which
// puts this handler beside the web UI; this package still caps request
// bodies and turns a context the server timed out into 503, so that it is
// safe on its own. Successful GET answers are kept and served again while
// the store's version stands (store.Store.Version moves on with every
// write, from any process), so they are never stale: the store's event
// reads are what bound the request rate, and most requests repeat.
//
// The document at /api/openapi.json describes every route; a test keeps it
// and the route table in step.
package api
