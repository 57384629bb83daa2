// Package record is the merged record of events as the interfaces read and
// grow it. The CLI, the HTTP API and the web UI all ask the same questions —
// which events match these filters, what are the stories, who deals with
// whom, what did this actor demand — and all add articles the same way; this
// package answers them once, over a store.Store and the knowledge base, so
// the three cannot drift apart.
//
// Errors a user caused (an unknown story, a malformed date, a document that
// is not an article) wrap ErrInvalid or store.ErrNotFound, so that each
// interface can choose its own way to say so: an exit status, an HTTP
// status, a message on a form.
package record
