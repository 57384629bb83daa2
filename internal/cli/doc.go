// Package cli is the `chronicle` command line: one command per verb of
// the design, each a thin layer over the pipeline, the store and the
// output formats. cmd/chronicle only calls Execute.
package cli
