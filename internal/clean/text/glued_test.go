package text

import "testing"

func TestSplitGlued(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Iryna KutielievaFriday, 21 February 2025, 08:35", "Iryna Kutielieva Friday, 21 February 2025, 08:35"},
		{"Turkey TurkeyRussian Foreign Minister", "Turkey Turkey Russian Foreign Minister"},
		{"John SmithUpdated 2 hours ago", "John Smith Updated 2 hours ago"},
		{"the talks ended.The ministers left", "the talks ended. The ministers left"},
		{"© John McDonnell / Getty Images", "© John McDonnell / Getty Images"},
		{"the new iPhone and eBay", "the new iPhone and eBay"},
		{"watch on YouTube or LinkedIn", "watch on YouTube or LinkedIn"},
		{"Governor DeSantis said", "Governor DeSantis said"},
		{"a PlayStation game written in JavaScript", "a PlayStation game written in JavaScript"},
		{"OpenAI and SpaceX", "OpenAI and SpaceX"},
		{"General MacArthur and Leonardo DiCaprio", "General MacArthur and Leonardo DiCaprio"},
		{"posted on WordPress and PowerPoint", "posted on WordPress and PowerPoint"},
		{"U.S. officials", "U.S. officials"},
		{"", ""},
		{"plain lower case words", "plain lower case words"},
		{"Київ", "Київ"},
	}
	for _, tt := range tests {
		if got := SplitGlued(tt.in); got != tt.want {
			t.Errorf("SplitGlued(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"  a\u00a0 b\t c  ", "a b c"},
		{"  • On 18 February, talks", "On 18 February, talks"},
		{"zero\u200bwidth", "zerowidth"},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
