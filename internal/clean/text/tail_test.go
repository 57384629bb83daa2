package text

import "testing"

func TestBioShape(t *testing.T) {
	tests := []struct {
		text, site string
		want       bool
	}{
		{"Holloway covers diplomacy and national security for The Associated Press.", "", true},
		{"Jane Doe reports on energy and climate from Brussels.", "", true},
		{"Okafor is a senior reporter at The Valley Courier.", "", true},
		{"Maria Lopez is an award-winning correspondent based in Madrid.", "", true},
		{"Tom Reyes is a senior fellow at the Harbor Institute.", "Harbor Institute", true},
		{"Tom Reyes is a senior fellow at the Harbor Institute.", "", false},
		{"Putin is a former intelligence officer who has ruled Russia since 2000.", "", false},
		{"The report covers the first six months of the year.", "", false},
		{"He covers the courts.", "", false},
		{"Covers", "", false},
	}
	for _, tc := range tests {
		if got := bioShape(tc.text, tc.site); got != tc.want {
			t.Errorf("bioShape(%q, %q) = %v, want %v", tc.text, tc.site, got, tc.want)
		}
	}
}

func TestAboutOutlet(t *testing.T) {
	tests := []struct {
		text, site string
		want       bool
	}{
		{"The Associated Press is an independent global news organization dedicated to factual reporting.", "", true},
		{"The Harbor Wire is the oldest wire service of the islands.", "Harbor Wire", true},
		{"Harbor Wire provides text, photos and video to 400 clients.", "The Harbor Wire", true},
		{"Founded in 1921, the Courier is the oldest newspaper of the valley.", "", true},
		{"Acme is headquartered in Oslo and employs around 2,000 people.", "", true},
		{"Harbor Wire was unable to verify the claim independently.", "Harbor Wire", false},
		{"Harbor Wire writer Petra Lind contributed to this report.", "Harbor Wire", false},
		{"Kosovo is an independent state, recognised by more than 100 countries.", "", false},
		{"The party, founded in 1991, won a third of the seats.", "", false},
	}
	for _, tc := range tests {
		if got := aboutOutlet(tc.text, tc.site, ""); got != tc.want {
			t.Errorf("aboutOutlet(%q, %q) = %v, want %v", tc.text, tc.site, got, tc.want)
		}
	}
}

func TestListHead(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Most read", true},
		{"Most Read This Week", true},
		{"Trending now", true},
		{"Related", true},
		{"Related stories:", true},
		{"More from AP News", true},
		{"Les plus lus", true},
		{"Читайте также", true},
		{"Popular anger grows over fuel prices", false},
		{"Related: Ministers meet again in Geneva", false},
		{"Trending downward in the polls", false},
		{"Read more", false},
		{"Most read articles of the year were all about the election.", false},
	}
	for _, tc := range tests {
		k := key(normalize(tc.text))
		f := measure(normalize(tc.text), k)
		if f.listHead != tc.want {
			t.Errorf("listHead(%q) = %v, want %v", tc.text, f.listHead, tc.want)
		}
	}
}

func TestNameLine(t *testing.T) {
	for text, want := range map[string]bool{
		"MARK HOLLOWAY": true, "Jane Doe": true, "Seán O'Neill": true, "Anna-Maria Berg": true,
		"Most read": false, "The Kremlin": false, "Madonna": false, "Write to Jane Doe": false,
		"Jane Doe, Kyiv": false,
	} {
		if got := nameLine(text); got != want {
			t.Errorf("nameLine(%q) = %v, want %v", text, got, want)
		}
	}
}
