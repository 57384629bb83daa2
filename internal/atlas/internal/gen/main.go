// Command gen converts Natural Earth country outlines, as packaged in the
// world-atlas npm module (TopoJSON), into the compact countries.tsv that
// package atlas embeds.
//
// Usage (from internal/atlas, after `npm pack world-atlas@2` and unpacking it):
//
//	go run ./internal/gen -in /tmp/package/countries-110m.json -out countries.tsv
//
// The output has one line per country: ISO3, name, label latitude, label
// longitude and the SVG path data, already projected into atlas's viewBox.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
)

func main() {
	in := flag.String("in", "countries-110m.json", "world-atlas TopoJSON file")
	out := flag.String("out", "countries.tsv", "output TSV file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		slog.Error("atlas gen failed", "err", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("read topology: %w", err)
	}
	topo, err := decodeTopology(raw)
	if err != nil {
		return fmt.Errorf("decode %s: %w", in, err)
	}
	countries, err := buildCountries(topo)
	if err != nil {
		return err
	}
	data := encodeTSV(countries)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	slog.Info("atlas gen done", "countries", len(countries), "bytes", len(data))
	return nil
}
