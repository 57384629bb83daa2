// Package server puts the HTTP API and the web UI behind one listener, with
// the protections both need and neither should have to remember: it binds
// loopback unless told otherwise, caps request bodies, times requests out,
// sends security headers with a strict Content-Security-Policy (the UI has
// no inline script or style, so none is allowed), refuses cross-origin
// form posts, answers CORS only for origins it was given, turns a handler's
// panic into a 500 instead of a dropped connection, and logs each request.
//
// The API and the UI are plain http.Handlers built by packages api and ui;
// this package knows nothing of what they serve.
package server
