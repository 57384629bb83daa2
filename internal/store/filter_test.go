package store

import "testing"

func TestFilterNormalize(t *testing.T) {
	tests := []struct {
		in      Filter
		want    Filter
		wantErr bool
	}{
		{Filter{}, Filter{Limit: DefaultLimit}, false},
		{Filter{Limit: 5, Offset: 10}, Filter{Limit: 5, Offset: 10}, false},
		{Filter{Outlet: "Reuters", From: "2025-01-01", To: "2025-12-31"},
			Filter{Outlet: "Reuters", From: "2025-01-01", To: "2025-12-31", Limit: DefaultLimit}, false},
		{Filter{From: "2024-02-29"}, Filter{From: "2024-02-29", Limit: DefaultLimit}, false},
		{Filter{From: "2025-02-29"}, Filter{}, true},
		{Filter{To: "2025-1-1"}, Filter{}, true},
		{Filter{To: "2025-01-01T00:00:00Z"}, Filter{}, true},
		{Filter{From: "today"}, Filter{}, true},
		{Filter{Limit: -1}, Filter{}, true},
		{Filter{Offset: -1}, Filter{}, true},
	}
	for _, tt := range tests {
		got, err := tt.in.Normalize()
		if (err != nil) != tt.wantErr {
			t.Errorf("%+v.Normalize() error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if !tt.wantErr && got != tt.want {
			t.Errorf("%+v.Normalize() = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
