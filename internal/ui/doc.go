// Package ui is the web interface of `chronicle serve`: server-rendered
// pages over a record.Record for reading the merged record — timeline with
// filters, events with every report of them, actors with their network and
// positions, stories, a map, search, the clean articles with the cited
// sentence highlighted — and a form to add articles.
//
// The pages are html/template over the embedded templates of package web,
// so every article text is escaped by construction: highlighted text is
// built from plain segments, never from markup. They work without
// JavaScript (filters are GET forms with shareable URLs, events expand with
// <details>), load nothing from other hosts and need no inline script or
// style, so the server can send a strict Content-Security-Policy.
//
// Writes (the ingest form) need the server's token, given in the form or
// by the cookie the first successful write sets; without a token the
// server is read-only and the form says how to enable it.
package ui
