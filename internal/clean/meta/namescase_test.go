package meta

import "testing"

func TestProperCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MARK HOLLOWAY", "Mark Holloway"},
		{"DIANA FERRIS", "Diana Ferris"},
		{"McDONALD", "McDonald"},
		{"MCDONALD", "McDonald"},
		{"MacARTHUR", "MacArthur"},
		{"MACHADO", "Machado"},
		{"O'BRIEN", "O'Brien"},
		{"SEAN O’NEILL", "Sean O’Neill"},
		{"al-ASSAD", "al-Assad"},
		{"AL-ASSAD", "al-Assad"},
		{"BASHAR AL-ASSAD", "Bashar al-Assad"},
		{"JEAN-PIERRE DUPONT", "Jean-Pierre Dupont"},
		{"PIETER VAN DER BERG", "Pieter van der Berg"},
		{"DE NIRO", "De Niro"},
		{"FAISAL BIN FARHAN", "Faisal bin Farhan"},
		{"JOHN SMITH III", "John Smith III"},
		{"J.R. SMITH", "J.R. Smith"},
		{"TROY L. SMITH", "Troy L. Smith"},
		{"ІРИНА КУТЄЛЄВА", "Ірина Кутєлєва"},
		{"Jean DUPONT", "Jean Dupont"},
		// Names not in capitals come back as written.
		{"Mark Holloway", "Mark Holloway"},
		{"Ludwig van Beethoven", "Ludwig van Beethoven"},
		{"Ron DeSantis", "Ron DeSantis"},
		{"Bashar al-Assad", "Bashar al-Assad"},
		{"Madonna", "Madonna"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := properCase(tc.in); got != tc.want {
			t.Errorf("properCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
