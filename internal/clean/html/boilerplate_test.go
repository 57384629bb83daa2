package html

import "testing"

func TestDropBoilerplate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"newsletter box", "First paragraph of the story.\n\nThanks for signing up!\n\nSecond paragraph.", "First paragraph of the story.\n\nSecond paragraph."},
		{"inbox prompt", "Story.\n\nGet the top headlines delivered to your inbox every morning.", "Story."},
		{"labels", "Advertisement\n\nStory.\n\nContinue reading below\n\nRead more:", "Story."},
		{"copyright", "Story.\n\nCopyright 2024 Valley Gazette. All rights reserved.", "Story."},
		{"prose mentioning a newsletter", "The minister said she reads the council's newsletter, and that residents who sign up for our alerts, as she put it, would hear about closures first, long before any formal notice is posted at the town hall.", "The minister said she reads the council's newsletter, and that residents who sign up for our alerts, as she put it, would hear about closures first, long before any formal notice is posted at the town hall."},
		{"word in a sentence", "Related talks will resume on Monday.", "Related talks will resume on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropBoilerplate(tt.in); got != tt.want {
				t.Errorf("dropBoilerplate = %q, want %q", got, tt.want)
			}
		})
	}
}
