// Package fetch downloads one web page for ingest: `chronicle ingest
// https://…`, and the feed watcher's feed, robots.txt and article requests.
//
// A Fetcher is careful with a server it does not control. Every request has
// a connect timeout and a total deadline that covers the body; the body is
// read up to a size limit and no further; redirects are followed up to a
// limit, each target checked again; the User-Agent names the project and
// where to learn about it. Addresses that are not on the public internet
// (loopback, private, link-local, multicast, unspecified, shared and
// reserved ranges) are refused unless Options.AllowPrivate is set: the check
// runs on the IP the dialer is about to connect to, after DNS resolution,
// so a name that resolves (or re-resolves) to an internal address cannot
// slip through.
//
// Only the content a caller asks for is accepted, by media type: HTML,
// plain text and JSON for ingest, feed XML and JSON for the watcher. The
// charset of the Content-Type header is returned with the body; the HTML
// cleaner reads <meta> declarations itself, and ToUTF8 applies the header's
// charset where the page's own bytes do not settle it.
//
// Failures are *Error values naming the URL, wrapping a sentinel (ErrBlocked,
// ErrRedirects, ErrContentType, ErrTimeout, source.ErrTooLarge, ...) or a
// *StatusError for an HTTP status the caller did not ask for.
package fetch
