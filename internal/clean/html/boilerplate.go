package html

import (
	"regexp"
	"strings"
)

// rxBoilerplate matches the calls to action and widget labels that
// extractors often keep inside the article container: newsletter boxes,
// share bars, "advertisement" labels, read-more teasers. They are common
// phrases of the web, not of any one site.
var rxBoilerplate = regexp.MustCompile(`(?i)^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|read more|recommended(?: for you| stories)?|related(?: articles| stories| content| coverage)?|more on this story|most read|trending now|listen to this article|share this (?:article|story|page)|image caption|media caption|copyright \S.*)\s*[:.…]*$` +
	`|(?i)\b(?:thanks? (?:you )?for signing up|sign up (?:for|to) (?:our|the|free)\b.*\bnewsletters?|subscribe to (?:our|the)\b.*\b(?:newsletters?|channel|podcast)|(?:delivered|straight|directly|right) (?:to|in|into) your inbox|keep an eye on your inbox|all rights reserved|follow us on (?:twitter|facebook|instagram|x)|click here to (?:subscribe|sign up|read|download|get)|enable javascript|your browser does not support)\b`)

// maxBoilerplateWords keeps the filter off real paragraphs: a sentence of
// prose that happens to mention a newsletter is longer than a widget.
const maxBoilerplateWords = 25

// dropBoilerplate removes short paragraphs that are site furniture.
func dropBoilerplate(body string) string {
	paras := strings.Split(body, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		if wordUnits(p) <= maxBoilerplateWords && rxBoilerplate.MatchString(p) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}
