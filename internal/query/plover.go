package query

// ploverTypes are the PLOVER 2.0 event types; counts for them are kept in
// an array so that adding an event costs no map write per type.
var ploverTypes = [...]string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// typeIndex returns the index of a PLOVER type in ploverTypes, -1 for
// another word; a switch compiles to a search without hashing.
func typeIndex(t string) int {
	switch t {
	case "AGREE":
		return 0
	case "CONSULT":
		return 1
	case "SUPPORT":
		return 2
	case "CONCEDE":
		return 3
	case "COOPERATE":
		return 4
	case "AID":
		return 5
	case "RETREAT":
		return 6
	case "REQUEST":
		return 7
	case "ACCUSE":
		return 8
	case "REJECT":
		return 9
	case "THREATEN":
		return 10
	case "PROTEST":
		return 11
	case "SANCTION":
		return 12
	case "MOBILIZE":
		return 13
	case "COERCE":
		return 14
	case "ASSAULT":
		return 15
	}
	return -1
}
