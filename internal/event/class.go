package event

// wordClass is the set of the clause-rule word lists a word belongs to. The
// rules of readClause test every token of a trigger's clause against a
// dozen lists, for every trigger of the sentence; one look-up per token,
// made once per sentence, replaces those map look-ups with bit tests.
type wordClass uint16

const (
	cLeftBound wordClass = 1 << iota
	cRightBound
	cCancel
	cProposed
	cFutureBefore
	cFutureAfter
	cNeg
	cFail
	cHedge
	cBroken
	cHalt
	cUnreal
)

// classOf is built once from the word lists and never changed.
var classOf = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, l := range []struct {
		set map[string]bool
		c   wordClass
	}{
		{leftBounds, cLeftBound}, {rightBounds, cRightBound}, {cancelWords, cCancel}, {proposedWords, cProposed},
		{futureBefore, cFutureBefore}, {futureAfter, cFutureAfter}, {negWords, cNeg}, {failVerbs, cFail},
		{hedgeWords, cHedge}, {brokenWords, cBroken}, {haltWords, cHalt}, {unrealNoun, cUnreal},
	} {
		for w, ok := range l.set {
			if ok {
				m[w] |= l.c
			}
		}
	}
	return m
}()
