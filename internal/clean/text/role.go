package text

// Role is what a line of a flattened page is.
type Role uint8

// The roles a line can take. Furniture is the zero value so that a line no
// rule claims is left out of the article rather than leaking into it.
const (
	Furniture Role = iota // site furniture: menus, lists, footers, ads, share bars, tags, comment forms …
	Blank                 // empty or whitespace-only
	Title                 // the article's headline (the chosen one; repeats of it are Furniture)
	Body                  // a paragraph of the article, standfirst included
	Byline                // author/date/outlet line near the head
	Caption               // photo caption or credit
	Heading               // a subheading inside the article, kept in the body as a paragraph of its own
)

var roleNames = [...]string{"furniture", "blank", "title", "body", "byline", "caption", "heading"}

// String gives the lower-case name used by --explain output and golden files.
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "unknown"
}

// Line is one input line with the role the cleaner gave it.
type Line struct {
	N    int    // 1-based line number in the input
	Raw  string // the line as given
	Text string // the line after whitespace normalisation and glued-token splitting
	Role Role
}

// Page is the cleaner's verdict on one flattened page.
type Page struct {
	Title string // "" where no headline can be told apart
	Body  string // Body lines' Text, joined by "\n\n"
	Lines []Line
}

// Options carries what the cleaner may know beyond the page itself.
type Options struct {
	Site    string   // key of the outlet/site the page comes from ("" when unknown); scopes Repeats
	Repeats *Repeats // lines seen on other pages of the same site; nil disables that evidence
	// Lines, when it was split from the same input, saves splitting and
	// normalising the page again.
	Lines *Lines
}
